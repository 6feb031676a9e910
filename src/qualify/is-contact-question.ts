import type { Question } from "../config/types";

/**
 * Whether a question identifies the person, so the planner asks it first on the first visit and
 * outside the per-visit budget (SPEC 6): `contact` when the config says, else email and phone.
 *
 * @example isContactQuestion({ id: "company", type: "text", label: "Company", contact: true }) // true
 * @example isContactQuestion({ id: "email", type: "email", label: "Email" }) // true
 */
export function isContactQuestion(question: Question): boolean {
  return question.contact ?? (question.type === "email" || question.type === "phone");
}
