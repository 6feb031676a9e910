import type { Config, Lead, Tier } from "../../../src/config/types";
import type { DeliveredRecord, OutboxEntry } from "../../../src/delivery/outbox-entry";
import type { KioskDelivery } from "../../../src/widget/kiosk/kiosk-delivery";

/** A validated-looking kiosk config, built by hand so these tests do not depend on validateConfig. */
export function kioskFixtureConfig(kiosk: Partial<Config["kiosk"]> = {}): Config {
  return {
    id: "booth-test",
    endpoint: "https://api.example.com/leads",
    mode: "kiosk",
    channel: "kiosk",
    campaign: { type: "trade-show", name: "RetailTech 2026" },
    questions: [{ id: "email", type: "email", label: "Email", required: true }],
    productLines: {},
    flow: { questionsPerStep: 3, maxNewQuestionsPerVisit: 4, autoAdvance: false, capturePartial: false, minFillSeconds: 0 },
    scoring: { max: {}, rules: [], thresholds: { "sales-ready": 70, nurture: 40 } },
    outcomes: {},
    hiddenFields: { utm: false, params: [] },
    profile: { remember: true, ttlDays: 180 },
    kiosk: { idleResetSeconds: 30, resetAfterSubmitSeconds: 10, staffPin: "2468", ...kiosk },
    theme: {},
    delivery: { timeoutMs: 10_000 },
    examples: [],
  };
}

export function fixtureLead(leadId: string, tier: Tier, submittedAt: string, email: string): Lead {
  return {
    schema: "lead-qualifier/lead@1",
    leadId,
    formId: "booth-test",
    channel: "kiosk",
    productLine: null,
    campaign: { type: "trade-show", name: "RetailTech 2026" },
    submittedAt,
    visitorId: null,
    profileComplete: true,
    answers: { email, company: "=cmd|' /C calc'!A0" },
    score: { total: 50, dimensions: { budget: 0, authority: 0, need: 0, timeframe: 0, fit: 0 }, tier, reasons: [] },
    priority: "normal",
    respondBy: null,
    context: { pageUrl: "", referrer: "", locale: "en", utm: {}, params: {}, startedAt: submittedAt, durationMs: 1, visit: 1 },
    consent: null,
  };
}

/** A delivery double: fixed outbox entries and delivered log, a flush that records calls. */
export function fakeDelivery(entries: OutboxEntry[] = [], history: DeliveredRecord[] = []): KioskDelivery & { flushes: number } {
  const fake = {
    flushes: 0,
    flush: async () => {
      fake.flushes += 1;
    },
    entries: () => entries,
    history: () => history,
  };
  return fake;
}
