import { describe, expect, it } from "vitest";
import { BANT_PRESET } from "../../src/config/bant-preset";
import { CONSENT_LABEL } from "../../src/config/defaults";
import { validateConfig } from "../../src/config/validate-config";
import { DIMENSIONS, type Config, type Dimension, type Question } from "../../src/config/types";
import { scoreLead } from "../../src/qualify/score-lead";

const LOCALES = ["en", "de", "fr", "es"];

function bestPoints(question: Question, dimension: Dimension): number {
  const options = question.options ?? [];
  const ranges = question.ranges ?? [];
  const optionPoints = options.map((option) => option.score?.[dimension] ?? 0);
  const rangePoints = ranges.map((range) => range.score[dimension] ?? 0);
  // A multi answer may pick every option; single/select and ranges give one.
  if (question.type === "multi") return optionPoints.reduce((sum, points) => sum + points, 0);
  return Math.max(0, ...optionPoints, ...rangePoints);
}

function presetConfig(): Config {
  const result = validateConfig({ id: "bant", endpoint: "/leads", preset: "bant" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

describe("BANT_PRESET", () => {
  it("asks email, name, company, role, employees, need, budget, timeframe, then consent", () => {
    expect(BANT_PRESET.questions.map((question) => `${question.id}:${question.type}`)).toEqual([
      "email:email", "name:text", "company:text", "role:single", "employees:number",
      "need:multi", "budget:single", "timeframe:single", "consent:consent",
    ]);
  });

  it("keeps every question id and option value configs already name (a public contract: add, never rename)", () => {
    const contract: Record<string, string[]> = {
      email: [], name: [], company: [], employees: [], consent: [],
      role: ["c-level", "vp", "director", "manager", "individual", "consultant", "student"],
      need: ["reporting", "automation", "integration", "compliance", "other"],
      budget: ["approved", "planned", "exploring", "none"],
      timeframe: ["now", "next-quarter", "this-year", "no-plans"],
    };
    for (const [id, values] of Object.entries(contract)) {
      const question = BANT_PRESET.questions.find((q) => q.id === id);
      expect(question, id).toBeDefined();
      expect(question?.options?.map((option) => option.value) ?? [], id).toEqual(expect.arrayContaining(values));
    }
  });

  it("lets the best answers reach exactly each declared dimension maximum", () => {
    for (const dimension of DIMENSIONS) {
      const max = BANT_PRESET.scoring.max[dimension] ?? 0;
      const best = BANT_PRESET.questions.reduce((sum, question) => sum + bestPoints(question, dimension), 0);
      expect(Math.min(best, max), dimension).toBe(max);
      for (const question of BANT_PRESET.questions.filter((item) => item.type !== "multi")) {
        expect(bestPoints(question, dimension), `${question.id} ${dimension}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it("never gives negative points", () => {
    for (const question of BANT_PRESET.questions) {
      for (const score of [...(question.options ?? []).map((option) => option.score), ...(question.ranges ?? []).map((range) => range.score)]) {
        for (const points of Object.values(score ?? {})) expect(points).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("words every label, option, help text and outcome in en, de, fr and es", () => {
    const texts = [
      ...BANT_PRESET.questions.flatMap((question) => [question.label, question.help, question.placeholder, ...(question.options ?? []).map((option) => option.label)]),
      ...Object.values(BANT_PRESET.outcomes).flatMap((outcome) => [outcome.title, outcome.message, outcome.cta?.label]),
    ].filter((text) => text !== undefined);
    for (const text of texts) expect(Object.keys(text as object).sort()).toEqual([...LOCALES].sort());
  });

  it("keeps name, company and email in the visitor profile", () => {
    for (const id of ["email", "name", "company"]) {
      expect(BANT_PRESET.questions.find((question) => question.id === id)?.remember).toBe(true);
    }
  });

  it("has an outcome for every tier, and a call to action without a url for sales-ready", () => {
    expect(Object.keys(BANT_PRESET.outcomes).sort()).toEqual(["disqualified", "nurture", "sales-later", "sales-ready"]);
    expect(BANT_PRESET.outcomes["sales-ready"]?.cta).toEqual({ label: expect.objectContaining({ en: "Book a meeting" }), url: "" });
  });

  it("scores a hot buyer sales-ready because they buy within a month", () => {
    const score = scoreLead(presetConfig(), {
      email: "ana@acme.io", role: "vp", employees: 250, need: ["reporting", "automation"], budget: "approved", timeframe: "now",
    });
    expect(score).toMatchObject({ total: 105, tier: "sales-ready", reasons: ["Buying within a month"] });
  });

  it("disqualifies students, disposable addresses, and no budget with no timeframe", () => {
    const config = presetConfig();
    expect(scoreLead(config, { role: "student", budget: "approved", timeframe: "now" })).toMatchObject({ tier: "disqualified", reasons: ["Student"] });
    expect(scoreLead(config, { email: "x@mailinator.com", role: "vp" }).reasons).toContain("Disposable email");
    expect(scoreLead(config, { role: "vp", budget: "none", timeframe: "no-plans" })).toMatchObject({ tier: "disqualified", reasons: ["No budget and no timeframe"] });
  });

  it("gates the sales-ready threshold on a timeframe: points alone never make a lead hot", () => {
    // Issue 9: director, planned budget, 250 people, three needs, "No plans yet" scored 70 and was sales-ready.
    const noPlans = { role: "director", budget: "planned", employees: 250, need: ["reporting", "automation", "integration"], timeframe: "no-plans" };
    expect(scoreLead(presetConfig(), noPlans)).toMatchObject({ total: 70, tier: "nurture", reasons: ["Fit is strong but no timeframe yet"] });
    expect(scoreLead(presetConfig(), { ...noPlans, timeframe: "this-year" })).toMatchObject({ total: 78, tier: "sales-later" });
  });

  it("routes a next-quarter buyer to a later call", () => {
    expect(scoreLead(presetConfig(), { role: "manager", timeframe: "next-quarter" })).toMatchObject({ tier: "sales-later", reasons: ["Asked for a later call"] });
  });

  it("accepts a free email address, scoring it like any other", () => {
    const config = presetConfig();
    const answers = { role: "vp", budget: "planned", timeframe: "this-year", need: ["reporting"] };
    expect(scoreLead(config, { ...answers, email: "ana@gmail.com" })).toEqual(scoreLead(config, { ...answers, email: "ana@acme.io" }));
  });
});

describe("the default consent text", () => {
  it("names no privacy policy in any language: the widget links one beside the box only when privacyUrl is set", () => {
    for (const text of Object.values(CONSENT_LABEL)) expect(text).not.toMatch(/privacy|Datenschutz|confidentialit|privacidad/i);
  });
});

