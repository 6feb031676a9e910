import type { Answers, Config, Question } from "../config/types";
import { answerOf, isAnswered } from "../qualify/answer-utils";
import { configQuestions } from "../qualify/config-questions";

/**
 * Whether a question's answer may be kept in the visitor profile. An explicit `remember` wins;
 * otherwise free text (`textarea`) is not kept, because people type sensitive detail into it,
 * and neither is `consent`, because a lead records consent given for that submission (text and
 * time), so it is asked again each visit rather than carried over silently.
 *
 * @example shouldRemember({ id: "notes", type: "textarea", label: "Notes" }) // false
 */
export function shouldRemember(question: Question): boolean {
  if (question.remember !== undefined) return question.remember;
  return question.type !== "textarea" && question.type !== "consent";
}

/**
 * The subset of `answers` this form may write into the profile: answers to this config's
 * questions whose `shouldRemember` is true. Answers to ids this form does not ask are dropped,
 * since the form cannot vouch for them.
 *
 * @example rememberableAnswers(config, { email: "ana@acme.io", notes: "call me" }) // { email: "ana@acme.io" }
 */
export function rememberableAnswers(config: Config, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of configQuestions(config)) {
    const value = answerOf(answers, question.id);
    if (value !== undefined && shouldRemember(question) && isAnswered(value)) kept[question.id] = value;
  }
  return kept;
}
