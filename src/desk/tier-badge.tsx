import type { Tier } from "../config/types";
import { TIER_LABELS } from "./model/describe-history";

/** A tier as a coloured pill; the text carries the meaning, the colour only repeats it. */
export function TierBadge({ tier }: { tier: Tier }) {
  return <span class={`badge badge-${tier}`}>{TIER_LABELS[tier]}</span>;
}
