import type { Answers, AnswerValue } from "../config/types";

/**
 * Whether a value counts as an answer: not undefined, not an empty or blank string, not an empty
 * list. A number or a boolean is always an answer (an unticked consent box was still answered).
 *
 * @example isAnswered("  ") // false
 * @example isAnswered(false) // true
 */
export function isAnswered(value: AnswerValue | undefined | null): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  // Any number is an answer, NaN included: it is a wrong answer ("number"), not a missing one.
  return typeof value === "number" || typeof value === "boolean";
}

/**
 * The number in an answer: a finite number, or a string that is one (inputs give strings).
 * Anything else is null, so comparisons on it are simply false.
 *
 * @example toNumber(" 250 ") // 250
 * @example toNumber("lots")  // null
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The answer stored under an id, own properties only: a question id like "constructor" must
 * not pick up `Object.prototype.constructor`. (Not `Object.hasOwn`: the script build targets ES2020.)
 *
 * @example answerOf({ role: "vp" }, "toString") // undefined
 */
export function answerOf(answers: Answers | undefined | null, id: string): AnswerValue | undefined {
  if (answers === null || typeof answers !== "object") return undefined;
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}
