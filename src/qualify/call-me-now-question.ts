import type { Config, Question } from "../config/types";
import { formQuestions } from "./form-questions";

/** The answer id of the built-in call-me-now number, used when the config asks no phone question. */
export const PHONE_QUESTION_ID = "phone";

const LABEL = {
  en: "Your phone number",
  de: "Ihre Telefonnummer",
  fr: "Votre numéro de téléphone",
  es: "Su número de teléfono",
};

/**
 * The question a "call me now" number is stored under, so it reaches sales as an ordinary answer
 * (remembered, re-scored, exported like any other): the config's first core `phone` question, or
 * else a built-in phone question with id `phone`. `null` when a question of another type already
 * uses the id `phone` (the number would be ambiguous), in which case nothing is offered.
 *
 * @example callMeNowQuestion(bantConfig)?.id // "phone" (the preset asks no phone question)
 */
export function callMeNowQuestion(config: Config): Question | null {
  const own = (config.questions ?? []).find((question) => question.type === "phone");
  if (own) return own;
  if (formQuestions(config).some((question) => question.id === PHONE_QUESTION_ID)) return null;
  return { id: PHONE_QUESTION_ID, type: "phone", label: LABEL, required: true, contact: true };
}

/**
 * The built-in call-me-now question when the config uses it (it has no core phone question of its
 * own), else null. Its answer is kept with the lead and the profile like any other answer, though
 * it is never asked as a step.
 *
 * @example builtInPhoneQuestion(bantConfig)?.id // "phone"
 */
export function builtInPhoneQuestion(config: Config): Question | null {
  const question = callMeNowQuestion(config);
  return question !== null && !(config.questions ?? []).includes(question) ? question : null;
}
