// Every combination of answers to the `bant` preset's scored questions (each question also left
// unanswered), checked against the promise sales relies on: a sales-ready lead is starting within a
// month, with someone who can decide and a budget that is not "none". Exhaustive, not sampled.
import { beforeAll, describe, expect, it } from "vitest";
import { BANT_QUESTIONS } from "../../src/config/bant-questions";
import { validateConfig } from "../../src/config/validate-config";
import type { Answers, AnswerValue, Config, Score } from "../../src/config/types";
import { scoreLead } from "../../src/qualify/score-lead";

function bant(): Config {
  const result = validateConfig({ id: "bant", endpoint: "/leads", preset: "bant" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

const optionsOf = (id: string) => BANT_QUESTIONS.find((q) => q.id === id)?.options?.map((o) => o.value) ?? [];

/** Every subset of a list (the multi-choice `need`), the empty one meaning "not answered". */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((set) => [...set, item])], [[]]);
}

// Undefined = unanswered. Employees: one value per range of the preset (< 10, 10-49, 50+).
const AXES: Record<string, ReadonlyArray<AnswerValue | undefined>> = {
  role: [...optionsOf("role"), undefined],
  employees: [4, 30, 250, undefined],
  need: subsets(optionsOf("need")).map((set) => (set.length === 0 ? undefined : set)),
  budget: [...optionsOf("budget"), undefined],
  timeframe: [...optionsOf("timeframe"), undefined],
  email: ["ana@acme.example", "ana@gmail.com", "ana@mailinator.com", undefined],
};

function* combinations(): Generator<Answers> {
  const keys = Object.keys(AXES);
  const walk = function* (index: number, answers: Answers): Generator<Answers> {
    if (index === keys.length) return yield answers;
    const key = keys[index]!;
    for (const value of AXES[key]!) yield* walk(index + 1, value === undefined ? answers : { ...answers, [key]: value });
  };
  yield* walk(0, {});
}

describe("the bant preset over every answer combination", () => {
  const results: Array<{ answers: Answers; score: Score }> = [];
  beforeAll(() => {
    const config = bant();
    for (const answers of combinations()) results.push({ answers, score: scoreLead(config, answers) });
  });

  it("scores all of them (8 roles × 4 sizes × 64 needs × 5 budgets × 5 timeframes × 4 emails)", () => {
    expect(results.length).toBe(8 * 4 * 64 * 5 * 5 * 4);
  });

  it("makes a lead sales-ready only with a near-term timeframe: no plans and later this year never are", () => {
    const hot = results.filter(({ score }) => score.tier === "sales-ready");
    expect(hot.length).toBeGreaterThan(0);
    const offenders = hot.filter(({ answers }) => answers.timeframe !== "now");
    expect(offenders.slice(0, 3)).toEqual([]);
    for (const timeframe of ["no-plans", "this-year", undefined]) {
      expect(results.some(({ answers, score }) => answers.timeframe === timeframe && score.tier === "sales-ready")).toBe(false);
    }
  });

  it("never makes a lead hot on points alone: every sales-ready lead has authority, a budget and its rule's reason", () => {
    const offenders = results.filter(({ answers, score }) =>
      score.tier === "sales-ready" &&
      (score.dimensions.authority < 15 || answers.budget === "none" || score.reasons.join() !== "Buying within a month"),
    );
    expect(offenders.slice(0, 3)).toEqual([]);
  });

  it("gives every lead at least one reason", () => {
    expect(results.filter(({ score }) => score.reasons.length === 0).slice(0, 3)).toEqual([]);
  });
});
