import type { Answers, BadgeField, Config, Question } from "../config/types";
import { BADGE_FIELDS } from "../config/booth-vocabulary";
import { formQuestions } from "../qualify/form-questions";
import { trustedKnown } from "../qualify/trusted-known";
import type { BadgeContact } from "./badge-contact";

/**
 * The question each badge field answers: `kiosk.badge.fields` when it names one, else the question
 * with the field's own id (`name`, `email`, `company`, `phone`), else for email and phone the form's
 * first question of that type. Fields without a question are left out.
 *
 * @example badgeQuestions(config) // { name: "name", email: "workEmail", company: "company" }
 */
export function badgeQuestions(config: Config): Partial<Record<BadgeField, string>> {
  // The form's own questions (core and every product line): not the built-in call-me-now phone, never asked at a kiosk.
  const questions = formQuestions(config);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const mapped = config.kiosk.badge?.fields ?? {};
  const pick = (field: BadgeField): Question | undefined => {
    const named = mapped[field];
    if (named !== undefined) return byId.get(named);
    const own = byId.get(field);
    if (own) return own;
    return field === "email" || field === "phone" ? questions.find((question) => question.type === field) : undefined;
  };
  const result: Partial<Record<BadgeField, string>> = {};
  for (const field of BADGE_FIELDS) {
    const question = pick(field);
    if (question) result[field] = question.id;
  }
  return result;
}

/**
 * A badge's contact as answers this form can rely on: each field under its question's id (see
 * `badgeQuestions`), kept only when that question would accept it (`trustedKnown`: an email that is
 * not an address, a name longer than `maxLength`, is asked instead). These answers are known for the
 * visit, so their questions are skipped, and they go on the lead like typed answers.
 *
 * @example badgeAnswers(config, { name: "Ana Lima", email: "ana@acme.io" }) // { name: "Ana Lima", email: "ana@acme.io" }
 */
export function badgeAnswers(config: Config, contact: BadgeContact): Answers {
  const answers: Answers = {};
  for (const [field, id] of Object.entries(badgeQuestions(config)) as Array<[BadgeField, string]>) {
    const value = contact[field];
    if (value !== undefined) answers[id] = value;
  }
  return trustedKnown(config, answers);
}
