import type { Answers, Question } from "../config/types";
import { answerOf } from "../qualify/answer-utils";
import { validateAnswer, type AnswerError } from "../qualify/validate-answer";

/**
 * Validates every question of a step against the answers; returns the errors by question id
 * (empty when the step may advance). Known answers count, so a prefilled field passes.
 *
 * @example validateStep([emailQuestion], { email: "nope" }) // { email: { code: "email" } }
 */
export function validateStep(step: readonly Question[], answers: Answers): Record<string, AnswerError> {
  const errors: Record<string, AnswerError> = {};
  for (const question of step) {
    const error = validateAnswer(question, answerOf(answers, question.id));
    if (error) errors[question.id] = error;
  }
  return errors;
}
