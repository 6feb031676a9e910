import { type Answers, type Config, type Dimension, type Score, type ScoreMap } from "../config/types";
import { answerOf } from "./answer-utils";
import { resolveApplicable, withLine } from "./applicable-questions";
import { classifyEmail } from "./classify-email";
import { decideTier, type TierDecision } from "./decide-tier";
import { fixedProductLine } from "./fixed-product-line";
import { PRODUCT_LINE_QUESTION_ID } from "./product-line-question";
import { addPoints, questionPoints } from "./question-points";

export interface ScoreExplanation {
  score: Score;
  /** The product line the questions were taken from, or null. */
  productLine: string | null;
  /** Points per applicable question that earned any, in asking order. */
  questions: Array<{ id: string; points: ScoreMap }>;
  /** Sums before clamping, to show when a dimension hit its max (or went below 0). */
  unclamped: Record<Dimension, number>;
  decidedBy: TierDecision;
}

/**
 * `scoreLead` with its working shown: the points of each question, the unclamped sums and which
 * rule or threshold decided the tier. The CLI prints this; the score is the same as `scoreLead`'s.
 *
 * Only applicable questions score (`showIf` true for these answers): an answer left over from a
 * branch the visitor backed out of must not count. Rules and gates see the same answers (SPEC 4:
 * a condition on a question hidden by `showIf` or of another product line is false), so a
 * site-wide profile answer from another product line's form can never decide this lead's tier.
 * Each dimension is clamped to `[0, max]` (to 0 from below even without a max); `total` is the
 * sum of the clamped dimensions.
 *
 * @example explainScore(config, { role: "vp" }).questions // [{ id: "role", points: { authority: 25 } }]
 */
export function explainScore(config: Config, answers: Answers, productLine?: string | null): ScoreExplanation {
  // The first known line wins, so an unknown fixed line cannot hide the visitor's real pick, and
  // re-scoring a lead with its own `productLine` (null included) always gives the same score.
  // A config with one product line scores it even when nobody named it (it is never asked).
  const picked = answerOf(answers, PRODUCT_LINE_QUESTION_ID);
  const lines = config.productLines ?? {};
  const line = [productLine, picked, fixedProductLine(config)].find(
    (l): l is string => typeof l === "string" && Object.prototype.hasOwnProperty.call(lines, l),
  ) ?? null;

  // Points, rules and gates all see the same thing: the questions that apply and their answers.
  const applicable = resolveApplicable(config, answers, line, classifyEmail);
  const questions: ScoreExplanation["questions"] = [];
  const sums: ScoreMap = {};
  for (const q of applicable.questions) {
    const points = questionPoints(q, answerOf(applicable.answers, q.id));
    if (Object.keys(points).length === 0) continue;
    questions.push({ id: q.id, points });
    addPoints(sums, points);
  }

  // Object literals in DIMENSIONS order (see addPoints): one shape, no stores through a variable key.
  const unclamped: Record<Dimension, number> = { budget: sums.budget ?? 0, authority: sums.authority ?? 0, need: sums.need ?? 0, timeframe: sums.timeframe ?? 0, fit: sums.fit ?? 0 };
  const max = config.scoring?.max ?? {};
  const dimensions: Record<Dimension, number> = {
    budget: clamp(unclamped.budget, max.budget), authority: clamp(unclamped.authority, max.authority), need: clamp(unclamped.need, max.need),
    timeframe: clamp(unclamped.timeframe, max.timeframe), fit: clamp(unclamped.fit, max.fit),
  };
  const total = dimensions.budget + dimensions.authority + dimensions.need + dimensions.timeframe + dimensions.fit;
  // What showIf saw (applicableAnswers): a picked line the config does not have is no answer.
  const seen = withLine(applicable.answers, applicable.productLine);
  const { tier, reasons, decidedBy } = decideTier(config.scoring, { answers: seen, score: { total, dimensions } });

  return {
    score: { total, dimensions, tier, reasons },
    productLine: line,
    questions,
    unclamped,
    decidedBy,
  };
}

/** Points within `[0, cap]` (from below to 0 even without a cap). */
function clamp(points: number, cap: unknown): number {
  return Math.max(0, typeof cap === "number" ? Math.min(cap, points) : points);
}
