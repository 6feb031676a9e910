import type { Answers, Config, Question } from "../config/types";
import { answerOf } from "./answer-utils";
import { evaluateCondition } from "./evaluate-condition";
import { PRODUCT_LINE_QUESTION_ID, productLineQuestion } from "./product-line-question";

/**
 * The questions that apply to these answers, in the order they are asked:
 * 1. the core questions, in config order, `showIf` applied;
 * 2. the product-line picker, when the config has product lines and none is fixed (by the
 *    argument or `config.productLine`);
 * 3. the chosen line's questions (`showIf` applied): the fixed line, else the picker's answer;
 * 4. core `consent` questions, moved last so every form ends with consent, after the product part.
 *
 * `showIf` sees the answers only (no score). An unknown product line adds no questions.
 *
 * @example applicableQuestions(config, { role: "vp" }).map((q) => q.id) // ["role", "timeframe", "productLine", "email"]
 */
export function applicableQuestions(config: Config, answers: Answers, productLine?: string | null): Question[] {
  const shown = (q: Question): boolean => q.showIf === undefined || evaluateCondition(q.showIf, { answers });
  const core = (config.questions ?? []).filter(shown);
  const lines = config.productLines ?? {};
  const fixed = productLine ?? config.productLine;
  const result = core.filter((q) => q.type !== "consent");

  let line: string | undefined = fixed ?? undefined;
  if (fixed == null && Object.keys(lines).length > 0) {
    result.push(productLineQuestion(config));
    const picked = answerOf(answers, PRODUCT_LINE_QUESTION_ID);
    line = typeof picked === "string" ? picked : undefined;
  }
  const chosen = line !== undefined && Object.prototype.hasOwnProperty.call(lines, line) ? lines[line] : undefined;
  if (chosen) result.push(...chosen.questions.filter(shown));

  result.push(...core.filter((q) => q.type === "consent"));
  return result;
}
