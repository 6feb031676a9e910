import type { Answers, Dimension, Gate, GatedTier, Scoring, Tier } from "../config/types";
import { classifyEmail } from "./classify-email";
import { evaluateCondition, type ConditionContext } from "./evaluate-condition";

/** A gate a lead failed: `scoring.gates[tier][index]`, which sent it down to `to`. */
export interface GateFall {
  tier: GatedTier;
  index: number;
  to: Tier;
}

/** Which part of the scoring config decided the tier (rule indexes are `scoring.rules[i]`). */
export type TierDecision =
  | { by: "disqualify-rules"; ruleIndexes: number[] }
  | { by: "rule"; ruleIndex: number }
  | { by: "threshold"; threshold: "sales-ready" | "nurture"; value: number }
  | { by: "gate"; threshold: "sales-ready" | "nurture"; value: number; falls: GateFall[] }
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

type Context = { answers: Answers; score: { total: number; dimensions: Record<Dimension, number> } };

/**
 * SPEC 4 tier order: (1) every matching `disqualified` rule, all their reasons; (2) else the first
 * matching other rule, in config order; (3) else the thresholds; below `nurture` the lead is
 * disqualified with "Score below threshold". A tier reached by the thresholds must then pass its
 * gates (`scoring.gates[tier]`, in order): the first that fails sends the lead to its `else` tier
 * with its reason, whose own gates apply in turn. Rules are explicit decisions, so no gate
 * overrides them. Rules and gates see the computed points.
 *
 * @example decideTier(config.scoring, { answers, score: { total: 82, dimensions } }).tier // "sales-ready"
 */
export function decideTier(scoring: Scoring, context: Context): TierResult {
  // Rules and gates always see the email's class (the bant preset refuses disposable addresses).
  const ctx: ConditionContext & Context = { answers: context.answers, score: context.score, classifyEmail };
  const rules = Array.isArray(scoring?.rules) ? scoring.rules : [];
  // One pass: every matching disqualify rule, and the first matching other rule. Conditions are pure,
  // so one that can no longer decide anything is not evaluated (the server scores every lead).
  const disqualifying: number[] = [];
  let first = -1;
  rules.forEach((rule, i) => {
    if (rule.tier === "disqualified") {
      if (evaluateCondition(rule.if, ctx)) disqualifying.push(i);
    } else if (first < 0 && evaluateCondition(rule.if, ctx)) {
      first = i;
    }
  });
  if (disqualifying.length > 0) {
    return {
      tier: "disqualified",
      reasons: disqualifying.map((i) => rules[i]?.reason ?? ""),
      decidedBy: { by: "disqualify-rules", ruleIndexes: disqualifying },
    };
  }
  const rule = rules[first];
  if (rule) return { tier: rule.tier, reasons: [rule.reason], decidedBy: { by: "rule", ruleIndex: first } };

  const reached = thresholdTier(scoring, ctx.score.total);
  if (reached !== "disqualified") return applyGates(scoring, ctx, reached, thresholdOf(scoring, reached));
  return { tier: "disqualified", reasons: [BELOW_THRESHOLD_REASON], decidedBy: { by: "below-threshold", value: thresholdOf(scoring, "nurture") } };
}

/**
 * The tier the thresholds alone give a total, before gates (a missing threshold is never reached).
 *
 * @example thresholdTier({ thresholds: { "sales-ready": 70, nurture: 30 } }, 45) // "nurture"
 */
export function thresholdTier(scoring: Pick<Scoring, "thresholds"> | undefined, total: number): "sales-ready" | "nurture" | "disqualified" {
  if (total >= thresholdOf(scoring, "sales-ready")) return "sales-ready";
  if (total >= thresholdOf(scoring, "nurture")) return "nurture";
  return "disqualified";
}

function thresholdOf(scoring: Pick<Scoring, "thresholds"> | undefined, tier: "sales-ready" | "nurture"): number {
  return scoring?.thresholds?.[tier] ?? Number.POSITIVE_INFINITY;
}

function applyGates(scoring: Scoring, ctx: ConditionContext & Context, threshold: "sales-ready" | "nurture", value: number): TierResult {
  let tier: Tier = threshold;
  const falls: GateFall[] = [];
  // Valid configs only ever fall to a lower tier (checked by validateConfig), so three falls is the
  // most there can be; the bound keeps a hand-built config with a cycle from looping.
  while (tier !== "disqualified" && falls.length < 3) {
    const from: GatedTier = tier;
    const gates: Gate[] = scoring?.gates?.[from] ?? [];
    const index = gates.findIndex((gate) => !evaluateCondition(gate.require, ctx));
    const failed = gates[index];
    if (!failed) break;
    falls.push({ tier: from, index, to: failed.else });
    tier = failed.else;
  }
  if (falls.length === 0) return { tier, reasons: [THRESHOLD_REASONS[threshold]], decidedBy: { by: "threshold", threshold, value } };
  const reasons = falls.map((fall) => scoring.gates?.[fall.tier]?.[fall.index]?.reason ?? "");
  return { tier, reasons, decidedBy: { by: "gate", threshold, value, falls } };
}
