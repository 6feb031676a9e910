import type { Question } from "../config/types";

export interface InputAttributes {
  type: "text" | "email" | "tel" | "number" | "date";
  inputMode?: "text" | "email" | "tel" | "decimal";
  autoComplete?: string;
}

// Well-known question ids → HTML autofill tokens, so browsers and password managers fill them.
const AUTOFILL_BY_ID: Readonly<Record<string, string>> = {
  name: "name",
  fullName: "name",
  firstName: "given-name",
  lastName: "family-name",
  company: "organization",
  organization: "organization",
  jobTitle: "organization-title",
  title: "organization-title",
  country: "country-name",
  city: "address-level2",
  postalCode: "postal-code",
  email: "email",
  phone: "tel",
};

/**
 * The native input attributes for a question: the right `type` (mobile keyboards, built-in
 * pickers), `inputMode`, and an `autocomplete` token. In kiosk mode autocomplete is "off": the
 * tablet is shared, and the browser must not offer the previous visitor's email to the next one.
 *
 * @example inputAttributes({ id: "work", type: "email", label: "Email" }, false)
 * // { type: "email", inputMode: "email", autoComplete: "email" }
 */
export function inputAttributes(question: Question, kiosk: boolean): InputAttributes {
  const byType = baseAttributes(question);
  const token = Object.prototype.hasOwnProperty.call(AUTOFILL_BY_ID, question.id)
    ? AUTOFILL_BY_ID[question.id]
    : byType.autoComplete;
  return { ...byType, autoComplete: kiosk ? "off" : token };
}

function baseAttributes(question: Question): InputAttributes {
  switch (question.type) {
    case "email":
      return { type: "email", inputMode: "email", autoComplete: "email" };
    case "phone":
      return { type: "tel", inputMode: "tel", autoComplete: "tel" };
    case "number":
      return { type: "number", inputMode: "decimal" };
    case "date":
      return { type: "date" };
    default:
      return { type: "text" };
  }
}
