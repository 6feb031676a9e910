import type { Answers, Comparison, Condition, Dimension } from "../config/types";
import { answerOf, isAnswered, toNumber } from "./answer-utils";

/**
 * Tells whether an address is a free-mail or a disposable one: `classifyEmail` (classify-email.ts),
 * passed in rather than imported, so code that plans steps does not carry the provider lists.
 */
export type EmailClassifier = (email: string) => { free: boolean; disposable: boolean };

export interface ConditionContext {
  answers: Answers;
  /** The computed points; `score` conditions are false without it (e.g. in `showIf`). */
  score?: { total: number; dimensions: Record<Dimension, number> };
  /**
   * What `is: "free-email"` and `is: "disposable-email"` ask; without it they are false. Scoring,
   * lead building and the server always pass `classifyEmail` (decideTier, explainScore, buildLead);
   * only the landing page's first screen plans its steps without it, until the form kit arrives.
   */
  classifyEmail?: EmailClassifier;
}

/**
 * Evaluates one condition of the SPEC 3 language against the answers (and, for scoring rules,
 * the computed points). Total: unknown answers, wrong types and malformed conditions give false,
 * never an exception, because configs and stored answers outlive the code that wrote them.
 *
 * - `in`: the answer equals one of the values (compared as text, so 50 matches "50"); for a
 *   multi answer, any overlap.
 * - `gte`/`gt`/`lte`/`lt`: numbers and numeric strings only; every given bound must hold, and a
 *   comparison with no bound at all is false.
 * - `is: "answered"`: not undefined, "", blank or []; any boolean counts as answered.
 *
 * @example evaluateCondition({ answer: "role", in: ["vp", "cxo"] }, { answers: { role: "vp" } }) // true
 */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): boolean {
  if (condition === null || typeof condition !== "object") return false;
  if ("all" in condition) {
    return Array.isArray(condition.all) && condition.all.every((c) => evaluateCondition(c, ctx));
  }
  if ("any" in condition) {
    return Array.isArray(condition.any) && condition.any.some((c) => evaluateCondition(c, ctx));
  }
  if ("not" in condition) return !evaluateCondition(condition.not, ctx);
  if ("score" in condition) {
    if (!ctx.score) return false;
    const points = condition.score === "total" ? ctx.score.total : ctx.score.dimensions[condition.score];
    return compare(points, condition);
  }
  if (!("answer" in condition) || typeof condition.answer !== "string") return false;
  const value = answerOf(ctx.answers, condition.answer);
  if ("in" in condition) {
    if (!Array.isArray(condition.in) || !isAnswered(value)) return false;
    // Loops, not a Set of the wanted values: lists are short and every lead is scored on the server
    // (a Set and two arrays per condition were a visible share of the receiver's CPU).
    if (!Array.isArray(value)) return listsText(condition.in, String(value));
    for (const v of value) if (listsText(condition.in, String(v))) return true;
    return false;
  }
  if ("is" in condition) {
    if (condition.is === "answered") return isAnswered(value);
    if (typeof value !== "string" || !isAnswered(value) || !ctx.classifyEmail) return false;
    const email = ctx.classifyEmail(value);
    if (condition.is === "free-email") return email.free;
    if (condition.is === "disposable-email") return email.disposable;
    return false;
  }
  return compare(value, condition);
}

function listsText(values: readonly unknown[], text: string): boolean {
  for (const w of values) if (String(w) === text) return true;
  return false;
}

function compare(value: unknown, bounds: Comparison): boolean {
  const n = toNumber(value);
  if (n === null) return false;
  const { gte, gt, lte, lt } = bounds;
  if (gte === undefined && gt === undefined && lte === undefined && lt === undefined) return false;
  return (
    (gte === undefined || n >= gte) &&
    (gt === undefined || n > gt) &&
    (lte === undefined || n <= lte) &&
    (lt === undefined || n < lt)
  );
}
