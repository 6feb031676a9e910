import type { Answers, Dimension, Scoring, Tier } from "../config/types";
import { evaluateCondition } from "./evaluate-condition";

/** Which part of the scoring config decided the tier (rule indexes are `scoring.rules[i]`). */
export type TierDecision =
  | { by: "disqualify-rules"; ruleIndexes: number[] }
  | { by: "rule"; ruleIndex: number }
  | { by: "threshold"; threshold: "sales-ready" | "nurture"; value: number }
  | { by: "below-threshold"; value: number };

export interface TierResult {
  tier: Tier;
  reasons: string[];
  decidedBy: TierDecision;
}

export const BELOW_THRESHOLD_REASON = "Score below threshold";
// SPEC fixes only the "below" reason; a tier reached by points alone still gets a reason, so
// sales always see why (a lead is never just "sales-ready" with an empty list).
export const THRESHOLD_REASONS = {
  "sales-ready": "Score reached the sales-ready threshold",
  nurture: "Score reached the nurture threshold",
} as const;

/**
 * SPEC 4 tier order: (1) every matching `disqualified` rule, all their reasons; (2) else the first
 * matching other rule, in config order; (3) else the thresholds; below `nurture` the lead is
 * disqualified with "Score below threshold". Rules see the computed points.
 *
 * @example decideTier(config.scoring, { answers, score: { total: 82, dimensions } }).tier // "sales-ready"
 */
export function decideTier(
  scoring: Scoring,
  ctx: { answers: Answers; score: { total: number; dimensions: Record<Dimension, number> } },
): TierResult {
  const rules = Array.isArray(scoring?.rules) ? scoring.rules : [];
  const matches = rules.map((rule) => evaluateCondition(rule.if, ctx));

  const disqualifying = rules.flatMap((rule, i) => (rule.tier === "disqualified" && matches[i] ? [i] : []));
  if (disqualifying.length > 0) {
    return {
      tier: "disqualified",
      reasons: disqualifying.map((i) => rules[i]?.reason ?? ""),
      decidedBy: { by: "disqualify-rules", ruleIndexes: disqualifying },
    };
  }
  const first = rules.findIndex((rule, i) => rule.tier !== "disqualified" && matches[i]);
  const rule = rules[first];
  if (rule) return { tier: rule.tier, reasons: [rule.reason], decidedBy: { by: "rule", ruleIndex: first } };

  const salesReady = scoring?.thresholds?.["sales-ready"] ?? Number.POSITIVE_INFINITY;
  const nurture = scoring?.thresholds?.nurture ?? Number.POSITIVE_INFINITY;
  const total = ctx.score.total;
  if (total >= salesReady) {
    return { tier: "sales-ready", reasons: [THRESHOLD_REASONS["sales-ready"]], decidedBy: { by: "threshold", threshold: "sales-ready", value: salesReady } };
  }
  if (total >= nurture) {
    return { tier: "nurture", reasons: [THRESHOLD_REASONS.nurture], decidedBy: { by: "threshold", threshold: "nurture", value: nurture } };
  }
  return { tier: "disqualified", reasons: [BELOW_THRESHOLD_REASON], decidedBy: { by: "below-threshold", value: nurture } };
}
