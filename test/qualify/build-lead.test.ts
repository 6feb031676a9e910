import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LeadContext } from "../../src/config/types";
import { buildLead, type BuildLeadInput } from "../../src/qualify/build-lead";
import { leadSchema } from "../../src/qualify/lead-schema";
import { priorityFor } from "../../src/qualify/priority-for";
import { scoreLead } from "../../src/qualify/score-lead";
import { config, configWithLines } from "./fixtures";

const context: LeadContext = {
  pageUrl: "https://acme.example/contact", referrer: "", locale: "en", utm: { source: "newsletter" },
  params: {}, startedAt: "2026-11-23T11:59:00.000Z", durationMs: 60_000, visit: 1,
};
const hot = { role: "vp", timeframe: "now", budget: "yes", need: ["reporting"], employees: 30, email: "ana@acme.io", consent: true };
const input = (over: Partial<BuildLeadInput> = {}): BuildLeadInput => ({
  config, answers: hot, leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", visitorId: "v-1",
  submittedAt: new Date("2026-11-23T12:00:00.000Z"), context,
  consent: { given: true, text: "I agree", at: "2026-11-23T12:00:00.000Z" }, ...over,
});

describe("buildLead", () => {
  it("builds the SPEC 5 payload for a sales-ready lead, answering within five minutes", () => {
    const lead = buildLead(input());
    expect(lead).toMatchObject({
      schema: "lead-qualifier/lead@1",
      leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e",
      formId: "acme-analytics",
      channel: "landing-page",
      productLine: null,
      campaign: { type: "trade-show", name: "RetailTech 2026" },
      submittedAt: "2026-11-23T12:00:00.000Z",
      visitorId: "v-1",
      priority: "immediate",
      respondBy: "2026-11-23T12:05:00.000Z",
      context,
    });
    expect(lead.score).toEqual(scoreLead(config, hot));
    expect(lead.score.tier).toBe("sales-ready");
  });

  it("sets no respondBy and a lower priority below sales-ready, and null campaign when none", () => {
    const { campaign: _, ...noCampaign } = config;
    const lead = buildLead(input({ config: noCampaign, answers: { role: "student" } }));
    expect(lead).toMatchObject({ respondBy: null, priority: "low", campaign: null });
  });

  it("keeps only answers to known questions, the product-line picker included", () => {
    const lead = buildLead(input({ config: configWithLines, answers: { role: "vp", productLine: "crm", seats: 12, utm_source: "x", stale: 1 } }));
    expect(lead.answers).toEqual({ role: "vp", productLine: "crm", seats: 12 });
    expect(lead.productLine).toBe("crm");
  });

  it("scores only the answers it sends, so a rule on a stray key cannot differ from the server's score", () => {
    const strayRule = { ...config, scoring: { ...config.scoring, rules: [{ if: { answer: "stray", in: ["x"] }, tier: "disqualified" as const, reason: "Stray" }] } };
    const lead = buildLead(input({ config: strayRule, answers: { ...hot, stray: "x" } }));
    expect(lead.score).toEqual(scoreLead(strayRule, lead.answers, lead.productLine));
    expect(lead.score.reasons).not.toContain("Stray");
  });

  it("calls the profile complete only when every applicable question, optional ones too, is answered", () => {
    expect(buildLead(input()).profileComplete).toBe(true);
    expect(buildLead(input({ answers: { ...hot, budget: "" } })).profileComplete).toBe(false);
    expect(buildLead(input({ answers: { ...hot, employees: 250 } })).profileComplete).toBe(false); // "team" now applies
    expect(buildLead(input({ answers: { ...hot, employees: 250, team: "data" } })).profileComplete).toBe(true);
    expect(buildLead(input({ config: configWithLines })).profileComplete).toBe(false);
    expect(buildLead(input({ config: configWithLines, productLine: "analytics", answers: { ...hot, warehouse: "no" } })).profileComplete).toBe(true);
  });

  it("builds a lead that validates against leadSchema, for any answers", () => {
    const answers = fc.dictionary(
      fc.constantFrom("role", "timeframe", "budget", "need", "employees", "email", "consent", "productLine", "seats", "junk"),
      fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.boolean(), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 })),
    );
    fc.assert(fc.property(answers, fc.constantFrom(config, configWithLines), (a, c) => {
      const result = leadSchema.safeParse(buildLead(input({ config: c, answers: a })));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }));
  });

  it("builds a lead whose own answers and productLine re-score to the same score (what the server does)", () => {
    const answers = fc.dictionary(
      fc.constantFrom("role", "timeframe", "need", "employees", "productLine", "warehouse", "seats", "stray"),
      fc.oneof(fc.constantFrom("vp", "now", "analytics", "crm", "yes"), fc.integer({ max: 500 }), fc.array(fc.constantFrom("reporting", "alerts"))),
    );
    const line = fc.option(fc.constantFrom("analytics", "crm", "nope"), { nil: undefined });
    fc.assert(fc.property(answers, line, fc.constantFrom(configWithLines, { ...configWithLines, productLine: "crm" }), (a, l, c) => {
      const lead = buildLead(input({ config: c, answers: a, productLine: l }));
      expect(scoreLead(c, lead.answers, lead.productLine ?? undefined)).toEqual(lead.score);
    }));
  });
});

describe("priorityFor", () => {
  it("maps each tier to how fast sales should act", () => {
    expect(priorityFor("sales-ready")).toBe("immediate");
    expect(priorityFor("sales-later")).toBe("scheduled");
    expect(priorityFor("nurture")).toBe("normal");
    expect(priorityFor("disqualified")).toBe("low");
  });

  it("names the earlier lead it updates and that lead's tier, and stays valid for the strict schema", () => {
    const lead = buildLead(input({ previous: { leadId: "0f8fad5b-d9cb-469f-a165-70867728950e", tier: "nurture" } }));
    expect(lead.supersedes).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(lead.previousTier).toBe("nurture");
    expect(leadSchema.safeParse(lead).success).toBe(true);
  });

  it("leaves supersedes and previousTier out of a first lead", () => {
    const lead = buildLead(input());
    expect("supersedes" in lead).toBe(false);
    expect("previousTier" in lead).toBe(false);
  });
});
