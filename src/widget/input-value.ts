import type { AnswerValue, Question } from "../config/types";

/**
 * Turns what a text-like control holds into the stored answer: a number for number questions
 * (when it parses; otherwise the raw text, so validation can say "Please enter a number"), the
 * string for the rest. Blank input is "no answer" (undefined), so "required" triggers.
 *
 * @example toAnswer({ id: "employees", type: "number", label: "" }, " 250 ") // 250
 */
export function toAnswer(question: Question, raw: string): AnswerValue | undefined {
  if (raw.trim() === "") return undefined;
  if (question.type === "number") {
    const n = Number(raw.trim());
    return Number.isFinite(n) ? n : raw;
  }
  return raw;
}

/**
 * The text a control shows for a stored answer (the inverse of `toAnswer` for text-like controls).
 *
 * @example toInputValue(250) // "250"
 */
export function toInputValue(value: AnswerValue | undefined): string {
  if (value === undefined || typeof value === "boolean") return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}
