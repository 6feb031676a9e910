import type { Answers, Config } from "../config/types";
import { isAnswered } from "./answer-utils";
import { configQuestions } from "./config-questions";
import { validateAnswer } from "./validate-answer";

/**
 * The known answers (visitor profile, URL prefill) this form can rely on: each answer to one of its
 * questions is kept only when it is answered and `validateAnswer` accepts it for that question; answers
 * to questions this form does not have pass through (the profile is site-wide, and rules of another
 * form may read them). What `planVisit` expects as `known`: a stale or foreign value is asked again.
 *
 * @example trustedKnown(config, { role: "ceo", email: "ana@acme.io" }) // { email: "ana@acme.io" } when "ceo" is not an option
 */
export function trustedKnown(config: Config, known: Answers): Answers {
  const questions = new Map(configQuestions(config).map((question) => [question.id, question]));
  const trusted: Answers = {};
  for (const [id, value] of Object.entries(known)) {
    if (id === "__proto__" || value === undefined) continue;
    const question = questions.get(id);
    if (!question || (isAnswered(value) && validateAnswer(question, value) === null)) trusted[id] = value;
  }
  return trusted;
}
