import { describe, expect, it } from "vitest";
import { leadRequest, validLead } from "./support/fixtures";
import { receiverHarness } from "./support/receiver-harness";
import { webTransport } from "./support/transports";

describe("createLeadHandler at a booth", () => {
  const setup = receiverHarness(webTransport);

  it("accepts a kiosk lead with badge, staff input and captured by, and derives the staff decision itself", async () => {
    const { send, received } = await setup();
    const lead = validLead({ answers: { email: "kid@school.edu", role: "student" } });
    const booth = {
      ...lead,
      channel: "kiosk" as const,
      campaign: { type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" },
      badge: { raw: "MECARD:UID:RT26-1;;", format: "mecard" as const, source: "scan" as const, id: "RT26-1" },
      // A tampered decision: the server derives it again from the rating and its own config.
      staff: { rating: "B" as const, note: "Teacher buying for the school", followUp: ["send-material" as const], decision: { tier: "sales-ready" as const, total: 99, reason: "made up" } },
      capturedBy: "Ana Staff",
      deviceId: "device-1",
    };
    const reply = await send(leadRequest(booth));
    expect(reply.status).toBe(202);
    expect(reply.json()).toMatchObject({ tier: "disqualified" });
    expect(received[0]).toMatchObject({
      score: { tier: "disqualified", reasons: ["Student"] },
      campaign: booth.campaign,
      staff: { rating: "B", note: "Teacher buying for the school", followUp: ["send-material"], decision: { tier: "sales-later", total: 0, reason: "Staff rating B" } },
      badge: { id: "RT26-1" },
      capturedBy: "Ana Staff",
      deviceId: "device-1",
      scoreMismatch: false,
    });
  });

  it("refuses a staff rating outside A to D with its path", async () => {
    const { send } = await setup();
    const reply = await send(leadRequest({ ...validLead(), staff: { rating: "E", note: "", followUp: [], decision: null } }));
    expect(reply.status).toBe(400);
    expect((reply.json() as { issues: Array<{ path: string }> }).issues.map((issue) => issue.path)).toEqual(["staff.rating"]);
  });
});
