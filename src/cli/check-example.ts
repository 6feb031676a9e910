import type { Config, Example } from "../config/types";
import { explainScore } from "../qualify/explain-score";
import { describeDecision } from "./describe-decision";

export interface ExampleCheck {
  expected: string;
  actual: string;
  /** Empty when the example passes; else one line per mismatch. */
  failures: string[];
}

/**
 * Scores one config example and compares it with what it expects: the tier, and the total and
 * reasons when given. A tier mismatch says which rule or threshold decided instead.
 *
 * @example checkExample(config, example).failures
 *          // ["tier: expected sales-ready, got nurture (rule #2 'Asked for a later call')"]
 */
export function checkExample(config: Config, example: Example): ExampleCheck {
  const explained = explainScore(config, example.answers ?? {}, example.productLine);
  const { score } = explained;
  const { expect } = example;
  const failures: string[] = [];
  if (score.tier !== expect.tier) {
    failures.push(`tier: expected ${expect.tier}, got ${score.tier} (${describeDecision(config, explained.decidedBy)})`);
  }
  if (expect.total !== undefined && score.total !== expect.total) {
    failures.push(`total: expected ${expect.total}, got ${score.total}`);
  }
  if (expect.reasons !== undefined && !sameList(score.reasons, expect.reasons)) {
    failures.push(`reasons: expected ${list(expect.reasons)}, got ${list(score.reasons)}`);
  }
  const expected = [expect.tier, expect.total !== undefined ? `total ${expect.total}` : ""].filter(Boolean).join(", ");
  return { expected, actual: `${score.tier}, total ${score.total}`, failures };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function list(items: readonly string[]): string {
  return `[${items.map((s) => `'${s}'`).join(", ")}]`;
}
