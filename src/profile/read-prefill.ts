import type { AnswerValue, Answers, Question } from "../config/types";
import { isAnswered } from "../qualify/answer-utils";
import { validateAnswer } from "../qualify/validate-answer";

/** URL parameters that prefill an answer are named `lq_<questionId>`. */
export const PREFILL_PREFIX = "lq_";

/**
 * Answers prefilled from the page URL (SPEC 6): `?lq_role=vp&lq_need=reporting,alerts`. A value
 * is converted to the question's type (`multi`: comma-separated; `number`: parsed) and kept only
 * if `validateAnswer` accepts it, exactly as if typed. Unknown ids and invalid values are ignored.
 * Consent is never prefilled: a link cannot consent on a person's behalf.
 *
 * @example readPrefill("?lq_role=vp&lq_employees=250&lq_x=1", questions) // { role: "vp", employees: 250 }
 */
export function readPrefill(search: string, questions: Question[]): Answers {
  const params = new URLSearchParams(search);
  const answers: Answers = {};
  for (const question of questions) {
    if (question.type === "consent") continue;
    const raw = params.get(PREFILL_PREFIX + question.id);
    if (raw === null) continue;
    const value = convert(question, raw);
    // An empty value would pass an optional question's validation but says nothing: not known.
    if (value !== null && isAnswered(value) && validateAnswer(question, value) === null) answers[question.id] = value;
  }
  return answers;
}

function convert(question: Question, raw: string): AnswerValue | null {
  const text = raw.trim();
  if (text === "") return null;
  switch (question.type) {
    case "multi":
      return [...new Set(text.split(",").map((part) => part.trim()).filter((part) => part !== ""))];
    case "number": {
      const number = Number(text);
      return Number.isFinite(number) ? number : null;
    }
    default:
      return text;
  }
}
