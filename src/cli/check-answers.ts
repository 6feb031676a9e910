import { isObject } from "../config/raw-view";
import type { Answers, ConfigIssue } from "../config/types";
import { validateConfig } from "../config/validate-config";

const PREFIX = "examples[0].answers";

/**
 * Checks an answers file the way `check` checks a config's examples (known question ids, option
 * values, types, number bounds, another product line's questions), so `lead-qualifier score`
 * never prints a total that silently dropped a mistyped answer. Paths start at `answers`.
 *
 * @example checkAnswers(rawConfig, { timeframe: "no-plan" })
 *          // [{ path: "answers.timeframe", message: '"no-plan" is not an option of "timeframe" (did you mean no-plans?)' }]
 */
export function checkAnswers(rawConfig: unknown, answers: Answers, productLine?: string): ConfigIssue[] {
  if (!isObject(rawConfig)) return [];
  const example = { name: "answers", answers, ...(productLine === undefined ? {} : { productLine }), expect: { tier: "nurture" } };
  const result = validateConfig({ ...rawConfig, examples: [example] });
  if (result.ok) return [];
  return result.issues
    .filter((issue) => issue.path === PREFIX || issue.path.startsWith(`${PREFIX}.`) || issue.path.startsWith(`${PREFIX}[`))
    .map((issue) => ({ path: `answers${issue.path.slice(PREFIX.length)}`, message: issue.message }));
}
