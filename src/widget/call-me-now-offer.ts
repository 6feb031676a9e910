import type { Answers, Config, Question, Tier } from "../config/types";
import { answerOf, isAnswered } from "../qualify/answer-utils";
import { callMeNowQuestion } from "../qualify/call-me-now-question";

/**
 * The phone question to offer as "call me now" on the outcome screen, or null: only for a
 * sales-ready lead (someone who wants to talk now), only when no phone number is known yet, not
 * in kiosk mode (staff are standing right there) and not when the config turns it off with
 * `flow.callMeNow: false`.
 *
 * @example callMeNowOffer(config, "sales-ready", { email: "ana@acme.io" })?.id // "phone"
 */
export function callMeNowOffer(config: Config, tier: Tier, answers: Answers): Question | null {
  if (tier !== "sales-ready" || config.mode === "kiosk" || config.flow.callMeNow === false) return null;
  const question = callMeNowQuestion(config);
  if (question === null || isAnswered(answerOf(answers, question.id))) return null;
  return question;
}
