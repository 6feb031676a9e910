import type { Answers, Config } from "../config/types";
import { answerOf } from "../qualify/answer-utils";
import { validateAnswer } from "../qualify/validate-answer";
import { configQuestions } from "../qualify/config-questions";

export interface ShouldCapturePartialInput {
  config: Config;
  answers: Answers;
  /** Whether the full lead was already submitted this visit; a partial never follows it. */
  submitted?: boolean;
}

/**
 * Whether an abandoned visit is worth sending as a partial lead (`context.partial: true`):
 * `flow.capturePartial` is on, the lead was not submitted, and an email or phone question has a
 * valid answer, so sales can follow up (a lead with neither is never sent). The answer must pass
 * the question's own rules, so a form that rejects free-mail addresses does not capture them as
 * partials either.
 *
 * @example shouldCapturePartial({ config, answers: { email: "ana@acme.io" } }) // true with capturePartial
 */
export function shouldCapturePartial({ config, answers, submitted = false }: ShouldCapturePartialInput): boolean {
  if (!config.flow.capturePartial || submitted) return false;
  return configQuestions(config).some((question) => {
    const value = answerOf(answers, question.id);
    const reachable = question.type === "email" || question.type === "phone";
    return reachable && value !== undefined && validateAnswer(question, value) === null;
  });
}
