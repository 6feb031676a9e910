import type { Answers, Config } from "../config/types";
import { answerOf } from "../qualify/answer-utils";
import { resolveApplicable } from "../qualify/applicable-questions";
import { builtInPhoneQuestion } from "../qualify/call-me-now-question";
import { classifyEmail } from "../qualify/classify-email";

/**
 * The answers to submit: everything known plus this visit's answers, minus answers to questions
 * that no longer apply. A visitor who picked "other" (revealing a follow-up), answered it, then
 * went back and changed their mind must not send the follow-up: sales would read an answer to a
 * question the visitor was, in the end, never asked. Dropping one answer can hide another
 * question in turn; `resolveApplicable` repeats until nothing changes. A number given through
 * "call me now" (the built-in `phone`, never asked as a step) is kept: it is how sales call back.
 *
 * @example submittedAnswers(config, { role: "student", roleOther: "x" }) // { role: "student" }
 */
export function submittedAnswers(config: Config, answers: Answers, productLine?: string): Answers {
  const kept = resolveApplicable(config, answers, productLine ?? config.productLine, classifyEmail).answers;
  const builtIn = builtInPhoneQuestion(config);
  const phone = builtIn ? answerOf(answers, builtIn.id) : undefined;
  return builtIn && phone !== undefined ? { ...kept, [builtIn.id]: phone } : kept;
}
