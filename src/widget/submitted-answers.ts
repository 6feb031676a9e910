import type { Answers, Config } from "../config/types";
import { resolveApplicable } from "../qualify/applicable-questions";

/**
 * The answers to submit: everything known plus this visit's answers, minus answers to questions
 * that no longer apply. A visitor who picked "other" (revealing a follow-up), answered it, then
 * went back and changed their mind must not send the follow-up: sales would read an answer to a
 * question the visitor was, in the end, never asked. Dropping one answer can hide another
 * question in turn; `resolveApplicable` repeats until nothing changes.
 *
 * @example submittedAnswers(config, { role: "student", roleOther: "x" }) // { role: "student" }
 */
export function submittedAnswers(config: Config, answers: Answers, productLine?: string): Answers {
  return resolveApplicable(config, answers, productLine ?? config.productLine).answers;
}
