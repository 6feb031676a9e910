import type { Question } from "../config/types";
import { t } from "../i18n/t";
import type { AnswerError } from "../qualify/validate-answer";

/**
 * The visitor-facing text for a validation error: the catalogue's message for its code, with the
 * error's params, falling back to the question's own bounds so "{min}" is always filled.
 *
 * @example errorMessage("en", { code: "min", params: { min: 1 } }, question) // "Please enter a number of at least 1."
 */
export function errorMessage(locale: string, error: AnswerError, question: Question): string {
  const fallback = {
    min: question.min,
    max: error.code === "maxLength" ? question.maxLength : question.max,
  };
  return t(locale, `error.${error.code}`, { ...fallback, ...error.params });
}
