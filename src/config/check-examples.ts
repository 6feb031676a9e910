import type { KnownQuestion } from "./check-questions";
import { didYouMean } from "./closest-match";
import { PRODUCT_LINE_QUESTION_ID } from "./defaults";
import { isObject, join, listAt, objectAt, textAt, type RawObject } from "./raw-view";
import type { ConfigIssue } from "./types";

const CHOICE_TYPES = new Set(["single", "select"]);
const TEXT_TYPES = new Set(["text", "textarea", "email", "phone", "date"]);
// Loose on purpose, like the form's own check: a slip ("ana@acme", "ana.acme.io") is what matters.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks each example's answers the way the form checks a visitor's: known question ids, option
 * values the question offers, the right type for the question, numbers within `min`/`max`, and
 * answers to another product line's questions (which would not count). An example that lies
 * (`"timeframe": "no-plan"`) would otherwise pass with a total that silently dropped.
 * Every issue has the answer's path and, for a near miss, a "did you mean".
 *
 * @example checkExamples({ examples: [{ answers: { timeframe: "no-plan" } }] }, known)
 *          // [{ path: "examples[0].answers.timeframe", message: '"no-plan" is not an option of "timeframe" (did you mean no-plans?)' }]
 */
export function checkExamples(input: RawObject, known: Map<string, KnownQuestion>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const lines = Object.keys(objectAt(input.productLines));
  listAt(input.examples).forEach((example, index) => {
    const answers = objectAt(objectAt(example).answers);
    const path = join(join("examples", index), "answers");
    const line = textAt(objectAt(example).productLine) ?? textAt(answers[PRODUCT_LINE_QUESTION_ID]) ?? textAt(input.productLine)
      ?? (lines.length === 1 ? lines[0] : undefined);
    for (const [id, value] of Object.entries(answers)) {
      const question = known.get(id);
      const at = join(path, id);
      if (question === undefined) {
        issues.push({ path: at, message: `unknown question "${id}"${didYouMean(id, [...known.keys()])}` });
        continue;
      }
      if (question.line !== undefined && question.line !== line) {
        const which = line === undefined ? "give the example a productLine" : `this example is for ${line}`;
        issues.push({ path: at, message: `"${id}" is a question of product line ${question.line}; ${which}, or it does not count` });
      }
      issues.push(...checkValue(id, question, value, at));
    }
  });
  return issues;
}

function checkValue(id: string, question: KnownQuestion, value: unknown, path: string): ConfigIssue[] {
  const { type, options = [] } = question;
  const issue = (message: string, at = path): ConfigIssue[] => [{ path: at, message }];
  const option = (item: unknown, at: string): ConfigIssue[] => {
    if (typeof item !== "string") return issue(`expected an option value of "${id}" (a string), got ${describe(item)}`, at);
    if (options.includes(item)) return [];
    const hint = didYouMean(item, options) || ` (expected one of ${options.join(", ")})`;
    return issue(`"${item}" is not an option of "${id}"${hint}`, at);
  };
  if (type !== undefined && CHOICE_TYPES.has(type)) return option(value, path);
  switch (type) {
    case "multi":
      if (!Array.isArray(value)) return issue(`"${id}" is a multi question: expected a list of option values, e.g. ["${options[0] ?? "a"}"]`);
      return value.flatMap((item, index) => option(item, join(path, index)));
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) return issue(`expected a number, got ${describe(value)}`);
      if (question.min !== undefined && value < question.min) return issue(`must be at least ${question.min} (the question's min)`);
      if (question.max !== undefined && value > question.max) return issue(`must be at most ${question.max} (the question's max)`);
      return [];
    }
    case "consent":
      return typeof value === "boolean" ? [] : issue(`expected true or false, got ${describe(value)}`);
    default:
      if (type === undefined || !TEXT_TYPES.has(type)) return [];
      if (typeof value !== "string") return issue(`expected a string, got ${describe(value)}`);
      if (type === "email" && !EMAIL.test(value.trim())) return issue("expected an email address like name@company.com");
      if (type === "date" && !ISO_DATE.test(value)) return issue("expected a date like 2026-11-23");
      return [];
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (isObject(value)) return "an object";
  return typeof value === "string" ? `"${value}"` : String(value);
}
