import type { Channel, Tier } from "../../config/types";
import type { TierStep } from "./desk-types";

/** Short channel names for the history line ("kiosk: nurture → web: sales-ready"). */
export const CHANNEL_LABELS: Record<Channel, string> = {
  "landing-page": "web",
  "contact-form": "contact form",
  kiosk: "kiosk",
  phone: "phone",
  other: "other",
};

export const TIER_LABELS: Record<Tier, string> = {
  "sales-ready": "sales-ready",
  "sales-later": "sales-later",
  nurture: "nurture",
  disqualified: "disqualified",
};

/**
 * A contact's tier history in one line. Repeats (the same channel and tier again) are folded, so four
 * visits to the same page read as one step; a person's requalification reads "requalified: <tier>", a
 * booth staff member's rating "staff B: sales-later".
 *
 * @example describeHistory(steps) // "kiosk: nurture → web: sales-ready"
 */
export function describeHistory(steps: readonly TierStep[]): string {
  const parts: string[] = [];
  let previous = "";
  for (const step of steps) {
    const part =
      step.kind === "requalify" ? `requalified: ${TIER_LABELS[step.tier]}`
      : step.kind === "staff" ? `staff ${step.rating ?? ""}: ${TIER_LABELS[step.tier]}`.replace(" :", ":")
      : `${CHANNEL_LABELS[step.channel]}: ${TIER_LABELS[step.tier]}`;
    if (part !== previous) parts.push(part);
    previous = part;
  }
  return parts.join(" → ");
}
