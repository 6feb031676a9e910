import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countdown, formatDuration, hotQueue } from "../../../src/desk/model/hot-queue";
import { groupContacts } from "../../../src/desk/model/group-contacts";
import { claimEvent, deskLead } from "./fixtures";

describe("hotQueue", () => {
  it("lists unclaimed sales-ready contacts by respondBy, the most urgent first", () => {
    const late = deskLead({ tier: "sales-ready", answers: { email: "late@x.io" }, at: "2026-11-23T12:04:00.000Z" });
    const early = deskLead({ tier: "sales-ready", answers: { email: "early@x.io" }, at: "2026-11-23T12:00:00.000Z" });
    const claimed = deskLead({ tier: "sales-ready", answers: { email: "taken@x.io" }, at: "2026-11-23T11:59:00.000Z" });
    const nurture = deskLead({ tier: "nurture", answers: { email: "later@x.io" }, at: "2026-11-23T11:58:00.000Z" });
    const contacts = groupContacts([late, early, claimed, nurture], [claimEvent(claimed.leadId, "ana", "2026-11-23T12:01:00.000Z")]);
    expect(hotQueue(contacts).map((c) => c.email)).toEqual(["early@x.io", "late@x.io"]);
  });

  it("orders any set of contacts by ascending respondBy", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 30 }), (minutes) => {
        const leads = minutes.map((m, i) => deskLead({ tier: "sales-ready", answers: { email: `p${i}@x.io` }, at: new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString() }));
        const queue = hotQueue(groupContacts(leads, []));
        expect(queue).toHaveLength(leads.length);
        for (let i = 1; i < queue.length; i++) expect(queue[i - 1]!.hot!.respondBy <= queue[i]!.hot!.respondBy).toBe(true);
      }),
    );
  });
});

describe("countdown", () => {
  it("counts down to the deadline, then up as overdue", () => {
    expect(countdown("2026-11-23T12:05:00.000Z", Date.parse("2026-11-23T12:03:30.000Z"))).toEqual({ overdue: false, ms: 90_000, text: "1:30" });
    expect(countdown("2026-11-23T12:05:00.000Z", Date.parse("2026-11-23T12:17:03.000Z"))).toEqual({ overdue: true, ms: 723_000, text: "12:03" });
  });

  it("formats durations as m:ss and h:mm:ss, never rounding up", () => {
    expect(formatDuration(4_999)).toBe("0:04");
    expect(formatDuration(299_999)).toBe("4:59");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
    expect(formatDuration(-5)).toBe("0:00");
  });
});
