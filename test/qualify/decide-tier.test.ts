import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIERS, type Config, type Gate, type Scoring, type Tier } from "../../src/config/types";
import { decideTier } from "../../src/qualify/decide-tier";
import { explainScore } from "../../src/qualify/explain-score";
import { scoreLead } from "../../src/qualify/score-lead";
import { config } from "./fixtures";

const NO_TIMEFRAME: Gate = { require: { answer: "timeframe", in: ["now", "next-quarter", "later"] }, else: "nurture", reason: "Fit is strong but no timeframe yet" };
const NEAR_TERM: Gate = { require: { answer: "timeframe", in: ["now"] }, else: "sales-later", reason: "Starts later" };
const AUTHORITY: Gate = { require: { score: "authority", gte: 15 }, else: "sales-later", reason: "Not a decision maker" };

/** The fixture form without its routing rules, so the thresholds (and gates) decide. */
function gated(gates: Scoring["gates"]): Config {
  return { ...config, scoring: { ...config.scoring, rules: config.scoring.rules.slice(0, 1), gates } };
}

// vp 25 + budget 20 + need 20 + fit 10 = 75 before any timeframe: sales-ready by points alone.
const strongFit = { role: "vp", budget: "yes", need: ["reporting", "dashboards"], employees: 250 };

describe("decideTier with gates", () => {
  it("keeps a tier reached by points when every gate of that tier passes", () => {
    const score = scoreLead(gated({ "sales-ready": [NO_TIMEFRAME, NEAR_TERM, AUTHORITY] }), { ...strongFit, timeframe: "now" });
    expect(score).toMatchObject({ tier: "sales-ready", reasons: ["Score reached the sales-ready threshold"] });
  });

  it("sends a lead that reaches the points but fails a gate to the tier the gate names, with its reason", () => {
    const form = gated({ "sales-ready": [NO_TIMEFRAME, NEAR_TERM, AUTHORITY] });
    expect(scoreLead(form, strongFit)).toMatchObject({ total: 75, tier: "nurture", reasons: ["Fit is strong but no timeframe yet"] });
    expect(scoreLead(form, { ...strongFit, timeframe: "later" })).toMatchObject({ tier: "sales-later", reasons: ["Starts later"] });
  });

  it("checks the gates in order: the first that fails decides", () => {
    const form = gated({ "sales-ready": [{ ...AUTHORITY, require: { score: "authority", gte: 20 } }, NO_TIMEFRAME] });
    // manager 15 + budget 20 + need 25 + fit 10 = 70: both gates fail, the first one names the tier.
    expect(scoreLead(form, { ...strongFit, role: "manager", need: ["reporting", "dashboards", "alerts"] }))
      .toMatchObject({ tier: "sales-later", reasons: ["Not a decision maker"] });
  });

  it("applies the gates of the tier a lead fell to, collecting every reason", () => {
    const form = gated({
      "sales-ready": [NEAR_TERM],
      "sales-later": [{ require: { answer: "email", is: "answered" }, else: "nurture", reason: "No way to call back" }],
    });
    const explained = explainScore(form, { ...strongFit, timeframe: "later" });
    expect(explained.score).toMatchObject({ tier: "nurture", reasons: ["Starts later", "No way to call back"] });
    expect(explained.decidedBy).toEqual({
      by: "gate", threshold: "sales-ready", value: 70,
      falls: [{ tier: "sales-ready", index: 0, to: "sales-later" }, { tier: "sales-later", index: 0, to: "nurture" }],
    });
  });

  it("gates the nurture threshold too, and can set a lead aside", () => {
    const form = gated({ nurture: [{ require: { not: { answer: "email", is: "free-email" } }, else: "disqualified", reason: "Private address" }] });
    expect(scoreLead(form, { role: "vp", budget: "yes", email: "kid@gmail.com" })).toMatchObject({ total: 45, tier: "disqualified", reasons: ["Private address"] });
    expect(scoreLead(form, { role: "vp", budget: "yes", email: "ana@acme.io" }).tier).toBe("nurture");
  });

  it("never overrides a rule: a rule's tier is an explicit decision", () => {
    const form = { ...gated({ "sales-ready": [NO_TIMEFRAME] }), scoring: { ...gated({ "sales-ready": [NO_TIMEFRAME] }).scoring, rules: config.scoring.rules } };
    // The fixture's rule: timeframe now and total >= 50 → sales-ready. No gate is consulted.
    expect(scoreLead(form, { role: "vp", timeframe: "now" })).toMatchObject({ tier: "sales-ready", reasons: ["Buying within a month"] });
  });

  it("does not gate a lead below the nurture threshold", () => {
    expect(scoreLead(gated({ nurture: [AUTHORITY] }), { role: "manager" })).toMatchObject({ tier: "disqualified", reasons: ["Score below threshold"] });
  });

  it("lets a gate read only the answers that apply (SPEC 4)", () => {
    // `team` is shown only for 50+ employees; a remembered team answer must not open the gate.
    const form = gated({ "sales-ready": [{ require: { answer: "team", in: ["data"] }, else: "nurture", reason: "No data team" }] });
    expect(scoreLead(form, { ...strongFit, employees: 20, need: ["reporting", "dashboards", "alerts"], timeframe: "next-quarter", team: "data" }).reasons)
      .toEqual(["No data team"]);
  });

  it("always ends on a tier, even when a hand-built config's gates point up or in a circle", () => {
    const gateArb: fc.Arbitrary<Gate> = fc.record({
      require: fc.constantFrom({ answer: "role", in: ["vp"] }, { score: "total" as const, gte: 500 }, { answer: "nope", in: ["x"] }),
      else: fc.constantFrom<Tier>(...TIERS),
      reason: fc.constantFrom("a", "b"),
    });
    const gatesArb = fc.record({ "sales-ready": fc.array(gateArb, { maxLength: 3 }), "sales-later": fc.array(gateArb, { maxLength: 3 }), nurture: fc.array(gateArb, { maxLength: 3 }) });
    fc.assert(fc.property(gatesArb, fc.integer({ min: 0, max: 110 }), (gates, total) => {
      const result = decideTier({ ...config.scoring, rules: [], gates }, { answers: { role: "manager" }, score: { total, dimensions: { budget: 0, authority: 0, need: 0, timeframe: 0, fit: 0 } } });
      expect(TIERS).toContain(result.tier);
      expect(result.reasons.length).toBeGreaterThan(0);
    }));
  });
});
