import type { AnswerValue, Answers } from "../config/types";

/**
 * Keeps only well-formed answer values (string, finite number, boolean, array of strings) from
 * data read back out of storage, where anything may have been written.
 *
 * @example sanitizeAnswers({ role: "vp", bad: { x: 1 }, need: ["a", 2] }) // { role: "vp" }
 */
export function sanitizeAnswers(input: unknown): Answers {
  const answers: Answers = {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) return answers;
  for (const [id, value] of Object.entries(input)) {
    // A stored `"__proto__"` key would otherwise replace the object's prototype on assignment.
    if (id !== "__proto__" && isAnswerValue(value)) answers[id] = value;
  }
  return answers;
}

function isAnswerValue(value: unknown): value is AnswerValue {
  if (typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
