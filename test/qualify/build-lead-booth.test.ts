import { describe, expect, it } from "vitest";
import type { Config } from "../../src/config/types";
import { buildLead, type BuildLeadInput } from "../../src/qualify/build-lead";
import { leadSchema } from "../../src/qualify/lead-schema";
import { config } from "./fixtures";

const booth: Config = { ...config, mode: "kiosk", channel: "kiosk", campaign: { type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" } };
const input = (overrides: Partial<BuildLeadInput> = {}): BuildLeadInput => ({
  config: booth,
  answers: { role: "manager", timeframe: "later", email: "ana@acme.io", consent: true },
  leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e",
  visitorId: null,
  submittedAt: new Date("2026-11-23T12:00:00.000Z"),
  context: { pageUrl: "https://booth.example/", referrer: "", locale: "de", utm: {}, params: {}, startedAt: "2026-11-23T11:59:00.000Z", durationMs: 60_000, visit: 1 },
  consent: null,
  ...overrides,
});

describe("buildLead at a booth", () => {
  it("copies the event context (show, dates, booth) to the lead", () => {
    expect(buildLead(input()).campaign).toEqual({ type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" });
  });

  it("carries the badge, who captured it on which device, and the staff input with its decision beside the visitor's score", () => {
    const lead = buildLead(input({
      booth: {
        badge: { raw: "MECARD:UID:RT26-004217;;", format: "mecard", source: "scan", id: "RT26-004217" },
        staff: { rating: "B", note: "Wants a demo for 40 stores", followUp: ["book-demo"] },
        capturedBy: "Ana Staff",
        deviceId: "device-1",
      },
    }));
    expect(lead.score.tier).toBe("disqualified");
    expect(lead.staff).toEqual({ rating: "B", note: "Wants a demo for 40 stores", followUp: ["book-demo"], decision: { tier: "sales-later", total: lead.score.total, reason: "Staff rating B" } });
    expect(lead).toMatchObject({ badge: { id: "RT26-004217", source: "scan" }, capturedBy: "Ana Staff", deviceId: "device-1" });
    expect(leadSchema.safeParse(lead).success).toBe(true);
  });

  it("gives the same score with or without staff input: a rating never changes the visitor's score", () => {
    const plain = buildLead(input());
    const rated = buildLead(input({ booth: { staff: { rating: "A", note: "", followUp: [] } } }));
    expect(rated.score).toEqual(plain.score);
    expect(rated.priority).toBe(plain.priority);
  });

  it("adds no booth fields outside a booth", () => {
    const lead = buildLead(input({ config }));
    expect(Object.keys(lead)).not.toEqual(expect.arrayContaining(["badge"]));
    expect(lead).not.toHaveProperty("staff");
    expect(lead).not.toHaveProperty("capturedBy");
  });
});
