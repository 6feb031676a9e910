import { DIMENSIONS, type Answers, type Config, type Dimension, type Score, type ScoreMap } from "../config/types";
import { answerOf } from "./answer-utils";
import { applicableQuestions } from "./applicable-questions";
import { decideTier, type TierDecision } from "./decide-tier";
import { PRODUCT_LINE_QUESTION_ID } from "./product-line-question";
import { questionPoints, sumScoreMaps } from "./question-points";

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
 * branch the visitor backed out of must not count. Each dimension is clamped to `[0, max]`
 * (to 0 from below even without a max); `total` is the sum of the clamped dimensions.
 *
 * @example explainScore(config, { role: "vp" }).questions // [{ id: "role", points: { authority: 25 } }]
 */
export function explainScore(config: Config, answers: Answers, productLine?: string | null): ScoreExplanation {
  // The first known line wins, so an unknown fixed line cannot hide the visitor's real pick, and
  // re-scoring a lead with its own `productLine` (null included) always gives the same score.
  const picked = answerOf(answers, PRODUCT_LINE_QUESTION_ID);
  const lines = config.productLines ?? {};
  const line = [productLine, picked, config.productLine].find(
    (l): l is string => typeof l === "string" && Object.prototype.hasOwnProperty.call(lines, l),
  ) ?? null;

  const questions = applicableQuestions(config, answers, line)
    .map((q) => ({ id: q.id, points: questionPoints(q, answerOf(answers, q.id)) }))
    .filter((q) => Object.keys(q.points).length > 0);
  const sums = sumScoreMaps(questions.map((q) => q.points));

  const unclamped = {} as Record<Dimension, number>;
  const dimensions = {} as Record<Dimension, number>;
  const max = config.scoring?.max ?? {};
  for (const d of DIMENSIONS) {
    unclamped[d] = sums[d] ?? 0;
    const cap = max[d];
    dimensions[d] = Math.max(0, typeof cap === "number" ? Math.min(cap, unclamped[d]) : unclamped[d]);
  }
  const total = DIMENSIONS.reduce((sum, d) => sum + dimensions[d], 0);
  const { tier, reasons, decidedBy } = decideTier(config.scoring, { answers, score: { total, dimensions } });

  return {
    score: { total, dimensions, tier, reasons },
    productLine: line,
    questions,
    unclamped,
    decidedBy,
  };
}
