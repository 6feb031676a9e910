import type { KnownQuestion } from "./check-questions";
import { isObject, join, listAt, textAt } from "./raw-view";
import type { ConfigIssue } from "./types";

const COMPARISONS = ["gte", "gt", "lte", "lt"] as const;

/**
 * Checks what a condition refers to: questions that exist, option values those questions
 * offer, comparisons only on numbers and email classes only on email questions. The shape of
 * the condition itself is the schema's job; anything malformed here is skipped.
 *
 * @example checkCondition({ answer: "rol", in: ["vp"] }, "rules[0].if", known) // [{ path: "rules[0].if.answer", message: 'unknown question "rol"' }]
 */
export function checkCondition(condition: unknown, path: string, known: Map<string, KnownQuestion>): ConfigIssue[] {
  if (!isObject(condition)) return [];
  const issues: ConfigIssue[] = [];
  for (const key of ["all", "any"] as const) {
    listAt(condition[key]).forEach((inner, index) => issues.push(...checkCondition(inner, join(join(path, key), index), known)));
  }
  if (condition.not !== undefined) issues.push(...checkCondition(condition.not, join(path, "not"), known));

  const id = textAt(condition.answer);
  if (id === undefined) return issues;
  const question = known.get(id);
  if (question === undefined) {
    issues.push({ path: join(path, "answer"), message: `unknown question "${id}"` });
    return issues;
  }
  const { options, type } = question;
  if (options !== undefined) {
    listAt(condition.in).forEach((value, index) => {
      if (!options.includes(String(value))) {
        issues.push({ path: join(join(path, "in"), index), message: `${JSON.stringify(value)} is not an option of "${id}"` });
      }
    });
  }
  if (type !== undefined && type !== "number" && COMPARISONS.some((key) => condition[key] !== undefined)) {
    issues.push({ path: join(path, "answer"), message: `"${id}" is a ${type} question; gte, gt, lte and lt need a number question` });
  }
  const is = textAt(condition.is);
  if (type !== undefined && type !== "email" && (is === "free-email" || is === "disposable-email")) {
    issues.push({ path: join(path, "is"), message: `"${id}" is not an email question` });
  }
  return issues;
}
