import type { Answers, Config, Question } from "../config/types";
import { answerOf } from "./answer-utils";
import { evaluateCondition, type EmailClassifier } from "./evaluate-condition";
import { fixedProductLine } from "./fixed-product-line";
import { PRODUCT_LINE_QUESTION_ID, productLineQuestion } from "./product-line-question";

/** What applies to a set of answers: the questions, and only the answers to those questions. */
export interface Applicable {
  questions: Question[];
  /** The answers to `questions` only: stale, hidden, foreign and other-line answers are gone. */
  answers: Answers;
  /** The product line whose questions apply, or undefined (none chosen, or an unknown one). */
  productLine: string | undefined;
}

/**
 * The questions that apply to these answers, in the order they are asked:
 * 1. the core questions, in config order, `showIf` applied;
 * 2. the product-line picker, when the config has product lines and none is fixed (by the
 *    argument, `config.productLine`, or a lone product line: see `fixedProductLine`);
 * 3. the chosen line's questions (`showIf` applied): the fixed line, else the picker's answer;
 * 4. core `consent` questions, moved last so every form ends with consent, after the product part.
 *
 * `showIf` sees the answers only (no score), and only answers to questions that apply
 * themselves (SPEC 4: a condition on a question hidden by `showIf` or of another product line is
 * false). See `resolveApplicable`. An unknown product line adds no questions. A `showIf` on an email's
 * class (`is: "free-email"`) needs `classifyEmail`; without it, it is false.
 *
 * @example applicableQuestions(config, { role: "vp" }).map((q) => q.id) // ["role", "timeframe", "productLine", "email"]
 */
export function applicableQuestions(config: Config, answers: Answers, productLine?: string | null, classifyEmail?: EmailClassifier): Question[] {
  return resolveApplicable(config, answers, productLine, classifyEmail).questions;
}

/**
 * The answers a condition may see: those of questions that apply, plus `productLine` set to the
 * line in use (so a rule on `productLine` also sees a line fixed by `data-product-line`). Rules,
 * gates and `showIf` all read this, so an answer left in the site-wide profile by another
 * product line's form, or by a branch the visitor backed out of, can never decide anything here.
 *
 * @example applicableAnswers(config, { role: "vp", seats: 500 }, "analytics") // { role: "vp", productLine: "analytics" }
 */
export function applicableAnswers(config: Config, answers: Answers, productLine?: string | null, classifyEmail?: EmailClassifier): Answers {
  const resolved = resolveApplicable(config, answers, productLine, classifyEmail);
  return withLine(resolved.answers, resolved.productLine);
}

/**
 * Questions and answers that apply, as a fixed point: an answer to a question that does not apply
 * is dropped, which can hide further questions (a follow-up of a follow-up), so this repeats until
 * nothing changes. Each pass drops at least one answer or stops, so it ends within (answers + 1)
 * passes; real forms take one or two. `classifyEmail` answers `showIf` conditions on an email's class
 * (scoring and lead building pass `classifyEmail`; without it they are false).
 */
export function resolveApplicable(config: Config, answers: Answers, productLine?: string | null, classifyEmail?: EmailClassifier): Applicable {
  let current: Answers = answers;
  for (;;) {
    const pass = onePass(config, current, productLine, classifyEmail);
    const ids = new Set(pass.questions.map((q) => q.id));
    const kept: Answers = {};
    const given = Object.keys(current);
    let count = 0;
    for (const id of given) {
      if (id !== "__proto__" && ids.has(id)) {
        kept[id] = current[id] as Answers[string];
        count++;
      }
    }
    if (count === given.length) return { questions: pass.questions, productLine: pass.productLine, answers: kept };
    current = kept;
  }
}

function onePass(config: Config, answers: Answers, productLine: string | null | undefined, classifyEmail: EmailClassifier | undefined): Omit<Applicable, "answers"> {
  const lines = config.productLines ?? {};
  const fixed = fixedProductLine(config, productLine);
  const picked = answerOf(answers, PRODUCT_LINE_QUESTION_ID);
  const line = fixed ?? (Object.keys(lines).length > 0 && typeof picked === "string" ? picked : undefined);
  const known = line !== undefined && Object.prototype.hasOwnProperty.call(lines, line) ? line : undefined;
  const seen = withLine(answers, known);
  const context = classifyEmail ? { answers: seen, classifyEmail } : { answers: seen };
  const shown = (q: Question): boolean => q.showIf === undefined || evaluateCondition(q.showIf, context);

  const core = (config.questions ?? []).filter(shown);
  const result = core.filter((q) => q.type !== "consent");
  if (fixed === undefined && Object.keys(lines).length > 0) result.push(productLineQuestion(config));
  if (known !== undefined) result.push(...(lines[known]?.questions ?? []).filter(shown));
  result.push(...core.filter((q) => q.type === "consent"));
  return { questions: result, productLine: known };
}

/**
 * The answers with `productLine` set to the line in use, or removed when there is none: what conditions read.
 *
 * @example withLine({ role: "vp", productLine: "nope" }, undefined) // { role: "vp" }
 */
export function withLine(answers: Answers, line: string | undefined): Answers {
  // Nothing to change (a form without product lines): the answers as they are. Conditions only read
  // them, and rest destructuring copies slowly (this runs for every showIf pass of every lead scored).
  if (line === undefined && !Object.prototype.hasOwnProperty.call(answers, PRODUCT_LINE_QUESTION_ID)) return answers;
  const { [PRODUCT_LINE_QUESTION_ID]: _picked, ...rest } = answers;
  return line === undefined ? rest : { ...rest, [PRODUCT_LINE_QUESTION_ID]: line };
}
