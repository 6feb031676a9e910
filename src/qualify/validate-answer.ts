import type { AnswerValue, Question } from "../config/types";
import { isAnswered, toNumber } from "./answer-utils";
import { classifyEmail } from "./classify-email";

export type AnswerErrorCode =
  | "required" | "email" | "phone" | "number" | "min" | "max" | "maxLength" | "option" | "date"
  | "free-email" | "disposable-email" | "consent";

/** What is wrong with an answer: a code and its parameters; the words live in the i18n catalogue. */
export interface AnswerError {
  code: AnswerErrorCode;
  /** `min`: { min }, `max`: { max }, `maxLength`: { max } (characters), free/disposable-email: { domain }. */
  params?: Record<string, string | number>;
}

/** Default text limits: generous for a name or a company, roomy for a free-form message. */
export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 5000 } as const;

// Digits and the separators people type in phone numbers; the digit count is checked apart.
const PHONE = /^[0-9\s+()\-./]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks one answer against its question. Empty answers are fine unless the question is
 * required; a required consent must be `true` ("consent"). Returns null when the answer is fine.
 *
 * @example validateAnswer({ id: "employees", type: "number", label: "Employees", min: 1 }, 0)
 *          // { code: "min", params: { min: 1 } }
 */
export function validateAnswer(question: Question, value: AnswerValue | undefined): AnswerError | null {
  if (question.type === "consent") {
    return question.required && value !== true ? { code: "consent" } : null;
  }
  if (!isAnswered(value)) return question.required ? { code: "required" } : null;
  switch (question.type) {
    case "email":
      return validateEmail(question, value);
    case "phone": {
      if (typeof value !== "string" || !PHONE.test(value)) return { code: "phone" };
      const digits = value.replace(/\D/g, "").length;
      return digits >= 6 && digits <= 20 ? null : { code: "phone" };
    }
    case "number":
      return validateNumber(question, value);
    case "date":
      return typeof value === "string" && isIsoDate(value) ? null : { code: "date" };
    case "single":
    case "select":
      return typeof value === "string" && hasOption(question, value) ? null : { code: "option" };
    case "multi":
      return Array.isArray(value) && value.every((v) => typeof v === "string" && hasOption(question, v))
        ? null
        : { code: "option" };
    case "text":
    case "textarea": {
      // Free text takes any value's text form: a prefilled number is still a fine company size.
      const text = Array.isArray(value) ? value.join(", ") : String(value);
      const max = question.maxLength ?? DEFAULT_MAX_LENGTH[question.type];
      return text.length > max ? { code: "maxLength", params: { max } } : null;
    }
    default:
      return null;
  }
}

function validateEmail(question: Question, value: AnswerValue | undefined): AnswerError | null {
  if (typeof value !== "string") return { code: "email" };
  const email = classifyEmail(value);
  if (!email.valid) return { code: "email" };
  const domain = email.domain ?? "";
  const reject = question.reject ?? [];
  if (email.disposable && reject.includes("disposable-email")) return { code: "disposable-email", params: { domain } };
  if (email.free && reject.includes("free-email")) return { code: "free-email", params: { domain } };
  return null;
}

function validateNumber(question: Question, value: AnswerValue | undefined): AnswerError | null {
  const n = toNumber(value);
  if (n === null) return { code: "number" };
  if (question.min !== undefined && n < question.min) return { code: "min", params: { min: question.min } };
  if (question.max !== undefined && n > question.max) return { code: "max", params: { max: question.max } };
  return null;
}

function hasOption(question: Question, value: string): boolean {
  return (question.options ?? []).some((o) => o.value === value);
}

function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Round-trip through UTC: 2026-02-30 becomes March 2nd and is caught.
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
