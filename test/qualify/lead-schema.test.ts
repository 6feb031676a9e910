import { describe, expect, it } from "vitest";
import type { Lead } from "../../src/config/types";
import { leadSchema } from "../../src/qualify/lead-schema";

const lead: Lead = {
  schema: "lead-qualifier/lead@1",
  leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e",
  formId: "acme-analytics", channel: "landing-page", productLine: "analytics",
  campaign: { type: "trade-show", name: "RetailTech 2026" },
  submittedAt: "2026-11-23T12:00:00.000Z", visitorId: null, profileComplete: false,
  answers: { email: "ana@acme.io", role: "vp", need: ["reporting"], employees: 250, consent: true },
  score: { total: 82, dimensions: { budget: 20, authority: 25, need: 17, timeframe: 20, fit: 0 }, tier: "sales-ready", reasons: ["Buying within a month"] },
  priority: "immediate", respondBy: "2026-11-23T12:05:00.000Z",
  context: { pageUrl: "https://acme.example/", referrer: "", locale: "en", utm: { source: "x" }, params: {}, startedAt: "2026-11-23T11:59:00.000Z", durationMs: 48210, visit: 2 },
  consent: { given: true, text: "I agree", at: "2026-11-23T12:00:00.000Z" },
};
const issues = (value: unknown) => leadSchema.safeParse(value).error?.issues ?? [];

describe("leadSchema", () => {
  it("accepts the SPEC 5 example lead, with or without the optional context flags", () => {
    expect(leadSchema.safeParse(lead).success).toBe(true);
    expect(leadSchema.safeParse({ ...lead, context: { ...lead.context, suspectedBot: true, partial: false } }).success).toBe(true);
    expect(leadSchema.safeParse({ ...lead, consent: null, campaign: null, productLine: null, respondBy: null }).success).toBe(true);
  });

  it("accepts an update of an earlier lead (supersedes + previousTier) and requires a UUID there", () => {
    const update = { ...lead, supersedes: "0b7e1d2c-3f1e-4d8a-9a55-2f1f7b1d2c3e", previousTier: "nurture" };
    expect(leadSchema.safeParse(update).success).toBe(true);
    expect(leadSchema.safeParse({ ...lead, supersedes: null, previousTier: null }).success).toBe(true);
    expect(issues({ ...update, supersedes: "earlier" })[0]?.path).toEqual(["supersedes"]);
    expect(issues({ ...update, previousTier: "hot" })[0]?.path).toEqual(["previousTier"]);
  });

  it("rejects unknown keys at any level, with the path of the object that carried them", () => {
    expect(issues({ ...lead, extra: 1 })).toMatchObject([{ code: "unrecognized_keys", keys: ["extra"], path: [] }]);
    expect(issues({ ...lead, context: { ...lead.context, ip: "1.2.3.4" } })).toMatchObject([{ code: "unrecognized_keys", keys: ["ip"], path: ["context"] }]);
    expect(issues({ ...lead, score: { ...lead.score, dimensions: { ...lead.score.dimensions, luck: 3 } } }))
      .toMatchObject([{ code: "unrecognized_keys", path: ["score", "dimensions"] }]);
  });

  it("requires a UUID leadId, ISO datetimes, a known tier and channel", () => {
    expect(issues({ ...lead, leadId: "123" })[0]?.path).toEqual(["leadId"]);
    expect(issues({ ...lead, submittedAt: "yesterday" })[0]?.path).toEqual(["submittedAt"]);
    expect(issues({ ...lead, score: { ...lead.score, tier: "hot" } })[0]?.path).toEqual(["score", "tier"]);
    expect(issues({ ...lead, channel: "fax" })[0]?.path).toEqual(["channel"]);
  });

  it("limits answers: at most 200 keys, strings of 5000 characters, plain value types only", () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`q${i}`, "x"]));
    expect(issues({ ...lead, answers: many })[0]?.path).toEqual(["answers"]);
    expect(issues({ ...lead, answers: { note: "x".repeat(5001) } })[0]?.path).toEqual(["answers", "note"]);
    expect(issues({ ...lead, answers: { nested: { a: 1 } } })[0]?.path).toEqual(["answers", "nested"]);
    expect(issues({ ...lead, answers: { n: Number.POSITIVE_INFINITY } })[0]?.path).toEqual(["answers", "n"]);
  });
});

describe("leadSchema at a booth", () => {
  const booth = {
    ...lead,
    channel: "kiosk",
    campaign: { type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" },
    badge: { raw: "MECARD:UID:RT26-004217;;", format: "mecard", source: "scan", id: "RT26-004217" },
    staff: { rating: "B", note: "Demo next week", followUp: ["send-material", "book-demo"], decision: { tier: "sales-later", total: 82, reason: "Staff rating B" } },
    capturedBy: "Ana Staff",
    deviceId: "8c1f0a52-3f1e-4d8a-9a55-2f1f7b1d2c3e",
  };

  it("accepts the badge, staff input, captured by, device id and the event's dates and booth", () => {
    expect(leadSchema.safeParse(booth).success).toBe(true);
    expect(leadSchema.safeParse({ ...booth, capturedBy: null, deviceId: null, staff: { ...booth.staff, decision: null } }).success).toBe(true);
  });

  it("still accepts a lead from before these fields", () => {
    expect(leadSchema.safeParse(lead).success).toBe(true);
  });

  it("rejects an unknown rating, follow-up or badge format, and unknown keys inside them", () => {
    expect(issues({ ...booth, staff: { ...booth.staff, rating: "E" } })[0]?.path).toEqual(["staff", "rating"]);
    expect(issues({ ...booth, staff: { ...booth.staff, followUp: ["call-mom"] } })[0]?.path).toEqual(["staff", "followUp", 0]);
    expect(issues({ ...booth, badge: { ...booth.badge, format: "png" } })[0]?.path).toEqual(["badge", "format"]);
    expect(issues({ ...booth, badge: { ...booth.badge, frame: "data:image/png" } })).toMatchObject([{ code: "unrecognized_keys", path: ["badge"] }]);
  });
});
