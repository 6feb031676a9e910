import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIMENSIONS, type Answers, type Config } from "../../src/config/types";
import { applicableAnswers } from "../../src/qualify/applicable-questions";
import { explainScore } from "../../src/qualify/explain-score";
import { scoreLead } from "../../src/qualify/score-lead";
import { config, configWithLines } from "./fixtures";

const zero = { budget: 0, authority: 0, need: 0, timeframe: 0, fit: 0 };

/** Answers mixing real option values with junk of every type. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    role: fc.constantFrom("vp", "manager", "student", "pirate"),
    timeframe: fc.constantFrom("now", "next-quarter", "later"),
    budget: fc.constantFrom("yes", "no"),
    need: fc.subarray(["reporting", "dashboards", "alerts", "reporting"]),
    employees: fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.constantFrom("250", "many", "")),
    team: fc.constant("data"),
    email: fc.constantFrom("ana@acme.io", "ana@gmail.com", "x@mailinator.com", "nope"),
    consent: fc.boolean(),
    junk: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.array(fc.string())),
  },
  { requiredKeys: [] },
);

const anyAnswersArb: fc.Arbitrary<Answers> = fc.dictionary(
  fc.oneof(fc.constantFrom("role", "timeframe", "need", "employees", "productLine", "__proto__", "constructor"), fc.string()),
  fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.array(fc.string())),
);

describe("scoreLead", () => {
  it("disqualifies a student whatever else was answered (SPEC 4 worked example)", () => {
    const score = scoreLead(config, { role: "student", timeframe: "now", budget: "yes", employees: 250 });
    expect(score).toEqual({
      total: 55,
      dimensions: { ...zero, budget: 20, timeframe: 25, fit: 10 },
      tier: "disqualified",
      reasons: ["Student"],
    });
  });

  it("makes a VP buying now with points over 50 sales-ready by the rule, with its reason", () => {
    const score = scoreLead(config, { role: "vp", timeframe: "now", budget: "yes" });
    expect(score).toEqual({
      total: 70,
      dimensions: { ...zero, budget: 20, authority: 25, timeframe: 25 },
      tier: "sales-ready",
      reasons: ["Buying within a month"],
    });
  });

  it("lets a score condition in a rule see the computed points: buying now with 40 points is only nurture", () => {
    const score = scoreLead(config, { role: "manager", timeframe: "now" });
    expect(score.total).toBe(40);
    expect(score.tier).toBe("nurture");
    expect(score.reasons).toEqual(["Score reached the nurture threshold"]);
  });

  it("gives sales-later to a lead who asked for a later call, even with a high score", () => {
    const score = scoreLead(config, { role: "vp", timeframe: "next-quarter", budget: "yes", need: ["reporting", "alerts"], employees: 250 });
    expect(score.total).toBe(25 + 15 + 20 + 20 + 10);
    expect(score).toMatchObject({ tier: "sales-later", reasons: ["Asked for a later call"] });
  });

  it("falls back to the sales-ready threshold when no rule matches", () => {
    const score = scoreLead(config, { role: "vp", timeframe: "later", budget: "yes", need: ["reporting"], employees: 250 });
    expect(score.total).toBe(25 + 5 + 20 + 10 + 10);
    expect(score).toMatchObject({ tier: "sales-ready", reasons: ["Score reached the sales-ready threshold"] });
  });

  it("disqualifies with 'Score below threshold' when nothing scores enough", () => {
    expect(scoreLead(config, {})).toEqual({ total: 0, dimensions: zero, tier: "disqualified", reasons: ["Score below threshold"] });
  });

  it("clamps a dimension at its max and the total sums the clamped values", () => {
    const score = scoreLead(config, { need: ["reporting", "dashboards", "alerts"], employees: 250, team: "data" });
    expect(score.dimensions.need).toBe(25); // 10 + 10 + 10 + 5 capped at 25
    expect(score.dimensions.fit).toBe(10); // 10 + 1 capped at 10
    expect(score.total).toBe(35);
  });

  it("clamps negative points at zero", () => {
    expect(scoreLead(config, { budget: "no" }).dimensions.budget).toBe(0);
  });

  it("counts a multi option once even when it was sent twice", () => {
    expect(scoreLead(config, { need: ["reporting", "reporting"] }).dimensions.need).toBe(10);
  });

  it("scores a number by the first range with min <= value < max, numeric strings included", () => {
    expect(scoreLead(config, { employees: 49 }).dimensions.fit).toBe(2);
    expect(scoreLead(config, { employees: 50 }).dimensions.fit).toBe(10);
    expect(scoreLead(config, { employees: "1000" }).dimensions.fit).toBe(6);
  });

  it("ignores answers to questions hidden by showIf", () => {
    expect(scoreLead(config, { employees: 10, need: ["reporting"], team: "data" }).dimensions.need).toBe(10);
  });

  it("lists every matching disqualify rule's reason, in config order", () => {
    const twoRules: Config = {
      ...config,
      scoring: {
        ...config.scoring,
        rules: [
          { if: { answer: "email", is: "free-email" }, tier: "disqualified", reason: "Private email" },
          ...config.scoring.rules,
        ],
      },
    };
    expect(scoreLead(twoRules, { role: "student", email: "kid@gmail.com" }).reasons).toEqual(["Private email", "Student"]);
  });

  it("scores the product line from answers.productLine, then config.productLine, unless one is given", () => {
    const answers = { productLine: "analytics", warehouse: "yes", seats: 20 };
    expect(scoreLead(configWithLines, answers).dimensions.fit).toBe(5);
    expect(scoreLead(configWithLines, answers, "crm").dimensions.fit).toBe(8);
    expect(scoreLead({ ...configWithLines, productLine: "crm" }, { warehouse: "yes", seats: 20 }).dimensions.fit).toBe(8);
  });

  it("is deterministic: the same input always gives the same score", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      expect(scoreLead(config, answers)).toEqual(scoreLead(config, structuredClone(answers)));
    }));
  });

  it("always lets a matching disqualify rule win", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      const score = scoreLead(config, { ...answers, role: "student" });
      expect(score.tier).toBe("disqualified");
      expect(score.reasons).toContain("Student");
    }));
  });

  it("keeps every dimension within [0, max] and the total equal to their sum", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      const score = scoreLead(config, answers);
      for (const d of DIMENSIONS) {
        expect(score.dimensions[d]).toBeGreaterThanOrEqual(0);
        expect(score.dimensions[d]).toBeLessThanOrEqual(config.scoring.max[d] ?? Infinity);
      }
      expect(score.total).toBe(DIMENSIONS.reduce((sum, d) => sum + score.dimensions[d], 0));
    }));
  });

  it("always gives a disqualified lead at least one reason", () => {
    fc.assert(fc.property(answersArb, (answers) => {
      const score = scoreLead(config, answers);
      if (score.tier === "disqualified") expect(score.reasons.length).toBeGreaterThan(0);
    }));
  });

  it("never throws on random or unknown answers", () => {
    fc.assert(fc.property(anyAnswersArb, fc.option(fc.string(), { nil: undefined }), (answers, line) => {
      const score = scoreLead(configWithLines, answers, line);
      expect(Number.isFinite(score.total)).toBe(true);
    }));
  });
});

describe("explainScore", () => {
  it("shows the points of each question, the unclamped sums and the deciding rule", () => {
    const explained = explainScore(config, { role: "vp", timeframe: "next-quarter", need: ["reporting", "dashboards", "alerts"] });
    expect(explained.questions).toEqual([
      { id: "role", points: { authority: 25 } },
      { id: "timeframe", points: { timeframe: 15 } },
      { id: "need", points: { need: 30, fit: 1 } },
    ]);
    expect(explained.unclamped.need).toBe(30);
    expect(explained.score.dimensions.need).toBe(25);
    expect(explained.decidedBy).toEqual({ by: "rule", ruleIndex: 2 });
  });

  it("names every disqualify rule that matched, or the threshold that decided", () => {
    expect(explainScore(config, { role: "student" }).decidedBy).toEqual({ by: "disqualify-rules", ruleIndexes: [0] });
    expect(explainScore(config, {}).decidedBy).toEqual({ by: "below-threshold", value: 40 });
    expect(explainScore(config, { role: "vp", timeframe: "later", budget: "yes", need: ["alerts"], employees: 250 }).decidedBy)
      .toEqual({ by: "threshold", threshold: "sales-ready", value: 70 });
  });

  it("reports the product line scored, or null for none or an unknown one", () => {
    expect(explainScore(configWithLines, { productLine: "crm" }).productLine).toBe("crm");
    expect(explainScore(configWithLines, {}).productLine).toBeNull();
    expect(explainScore(configWithLines, {}, "nope").productLine).toBeNull();
    expect(explainScore(configWithLines, { productLine: "crm" }, "nope").productLine).toBe("crm");
  });
});

describe("rules see only what applies (SPEC 4)", () => {
  const lineRule: Config = {
    ...configWithLines,
    scoring: {
      ...configWithLines.scoring,
      rules: [
        { if: { answer: "seats", gte: 100 }, tier: "sales-ready", reason: "Big CRM rollout" },
        { if: { not: { answer: "warehouse", in: ["yes"] } }, tier: "nurture", reason: "No warehouse yet" },
        ...configWithLines.scoring.rules,
      ],
    },
  };

  it("does not let a rule on another product line's question decide this lead's tier", () => {
    // The site-wide profile remembers seats from the CRM form; this is an analytics lead.
    const score = scoreLead(lineRule, { role: "manager", seats: 500, warehouse: "yes" }, "analytics");
    expect(score.reasons).not.toContain("Big CRM rollout");
    expect(scoreLead(lineRule, { role: "manager", seats: 500 }, "crm").reasons).toEqual(["Big CRM rollout"]);
  });

  it("treats a condition on a question that does not apply as false, so its negation holds", () => {
    expect(scoreLead(lineRule, { role: "manager", warehouse: "yes" }, "crm").reasons).toEqual(["No warehouse yet"]);
  });

  it("does not let a rule read an answer hidden by showIf", () => {
    const teamRule: Config = {
      ...config,
      scoring: { ...config.scoring, rules: [{ if: { answer: "team", in: ["data"] }, tier: "sales-later", reason: "Data team" }] },
    };
    expect(scoreLead(teamRule, { employees: 10, team: "data" }).reasons).not.toContain("Data team");
    expect(scoreLead(teamRule, { employees: 80, team: "data" }).reasons).toEqual(["Data team"]);
  });

  it("lets a rule on productLine see a line fixed by the form", () => {
    const byLine: Config = {
      ...configWithLines,
      scoring: { ...configWithLines.scoring, rules: [{ if: { answer: "productLine", in: ["crm"] }, tier: "sales-later", reason: "CRM team calls" }] },
    };
    expect(scoreLead(byLine, {}, "crm").reasons).toEqual(["CRM team calls"]);
    expect(scoreLead(byLine, { productLine: "crm" }, "analytics").reasons).not.toContain("CRM team calls");
  });

  it("shows rules the same answers as showIf: a product line the config does not have is no answer", () => {
    const picked: Config = {
      ...configWithLines,
      scoring: { ...configWithLines.scoring, rules: [{ if: { answer: "productLine", is: "answered" }, tier: "sales-later", reason: "Picked a product" }] },
    };
    const answers = { productLine: "nope" };
    expect(applicableAnswers(picked, answers)).toEqual({});
    expect(scoreLead(picked, answers).reasons).not.toContain("Picked a product");
    expect(scoreLead(picked, { productLine: "crm" }).reasons).toEqual(["Picked a product"]);
  });
});
