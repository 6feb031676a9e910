import type { Lead } from "../../../src/config/types";

let counter = 0;

/** A valid SPEC 5 lead; `overrides` replace top-level fields. */
export function makeLead(overrides: Partial<Lead> = {}): Lead {
  counter += 1;
  const leadId = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  return {
    schema: "lead-qualifier/lead@1",
    leadId,
    formId: "acme-analytics",
    channel: "landing-page",
    productLine: null,
    campaign: null,
    submittedAt: "2026-11-23T12:00:00.000Z",
    visitorId: null,
    profileComplete: true,
    answers: { email: "ana@acme.io", role: "vp" },
    score: { total: 50, dimensions: { budget: 10, authority: 25, need: 10, timeframe: 5, fit: 0 }, tier: "nurture", reasons: [] },
    priority: "normal",
    respondBy: null,
    context: {
      pageUrl: "https://acme.io/",
      referrer: "",
      locale: "en",
      utm: {},
      params: {},
      startedAt: "2026-11-23T11:59:00.000Z",
      durationMs: 60_000,
      visit: 1,
    },
    consent: null,
    ...overrides,
  };
}
