import type { Answers, Config, Score } from "../config/types";
import { explainScore } from "./explain-score";

/**
 * Scores a lead exactly as SPEC 4: points per dimension from the applicable questions' answered
 * options and ranges, clamped to `[0, max]`, `total` their sum, then the tier by disqualify
 * rules, the first other matching rule, then thresholds. Pure and deterministic: the browser and
 * the server call this same function and must agree.
 *
 * The product line is the first known one of: the argument, `answers.productLine`, `config.productLine`.
 *
 * @example scoreLead(config, { role: "student" }) // { total: 0, dimensions: {...}, tier: "disqualified", reasons: ["Student"] }
 */
export function scoreLead(config: Config, answers: Answers, productLine?: string | null): Score {
  return explainScore(config, answers, productLine).score;
}
