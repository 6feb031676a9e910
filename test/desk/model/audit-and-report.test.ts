import { describe, expect, it } from "vitest";
import { auditSummary, percent } from "../../../src/desk/model/audit-summary";
import { buildReport, lastDays, median } from "../../../src/desk/model/build-report";
import { groupContacts } from "../../../src/desk/model/group-contacts";
import { timeline } from "../../../src/desk/model/timeline";
import { claimEvent, deskLead, requalifyEvent, utcDay } from "./fixtures";

describe("auditSummary", () => {
  it("shows which reasons set most disqualified and nurture tiers, and how often people disagreed", () => {
    const students = [1, 2, 3].map((i) => deskLead({ tier: "disqualified", reasons: ["Student"], answers: { email: `s${i}@uni.edu` } }));
    const noBudget = deskLead({ tier: "disqualified", reasons: ["No budget and no timeframe"], answers: { email: "nb@x.io" } });
    const nurture = deskLead({ tier: "nurture", reasons: ["Score reached the nurture threshold"], answers: { email: "n@x.io" } });
    const hot = deskLead({ tier: "sales-ready", answers: { email: "h@x.io" } });
    const events = [requalifyEvent(students[0]!.leadId, "mia", "2026-11-24T09:00:00.000Z", "nurture", "disqualified", "Buys for the lab")];
    const summary = auditSummary(groupContacts([...students, noBudget, nurture, hot], events));
    expect(summary.contacts).toHaveLength(5);
    expect(summary.reasons.disqualified.total).toBe(4);
    expect(summary.reasons.disqualified.shares[0]).toEqual({ reason: "Student", count: 3, share: 0.75, requalified: 1 });
    expect(percent(summary.reasons.disqualified.shares[1]!.share)).toBe("25%");
    expect(summary.reasons.nurture.shares).toEqual([{ reason: "Score reached the nurture threshold", count: 1, share: 1, requalified: 0 }]);
  });
});

describe("buildReport", () => {
  const now = Date.parse("2026-11-23T13:00:00.000Z");
  const quick = deskLead({ tier: "sales-ready", channel: "landing-page", campaign: { type: "webinar", name: "Spring" }, answers: { email: "q@x.io" }, at: "2026-11-23T12:00:00.000Z" });
  const slow = deskLead({ tier: "sales-ready", channel: "kiosk", answers: { email: "s@x.io" }, at: "2026-11-22T12:00:00.000Z" });
  const missed = deskLead({ tier: "sales-ready", channel: "kiosk", answers: { email: "m@x.io" }, at: "2026-11-22T09:00:00.000Z" });
  const waiting = deskLead({ tier: "sales-ready", answers: { email: "w@x.io" }, at: "2026-11-23T12:58:00.000Z" });
  const nurture = deskLead({ tier: "nurture", channel: "kiosk", productLine: "retail", answers: { email: "n@x.io" }, at: "2026-11-21T12:00:00.000Z" });
  const old = deskLead({ tier: "nurture", answers: { email: "o@x.io" }, at: "2026-10-01T12:00:00.000Z" });
  const contacts = groupContacts([quick, slow, missed, waiting, nurture, old], [
    claimEvent(quick.leadId, "ana", "2026-11-23T12:02:00.000Z", "2026-11-23T12:00:00.000Z"),
    claimEvent(slow.leadId, "ben", "2026-11-22T12:30:00.000Z", "2026-11-22T12:00:00.000Z"),
  ]);
  const report = buildReport(contacts, { to: "2026-11-23", days: 7, now, dayOf: utcDay });

  it("counts leads per day, channel, campaign and product line within the period", () => {
    expect(report.from).toBe("2026-11-17");
    const perDay = timeline(contacts, { to: "2026-11-23", days: 7, dayOf: utcDay, splitBy: "tier" }).days;
    expect(perDay).toHaveLength(7);
    expect(perDay.at(-1)).toEqual({ day: "2026-11-23", counts: { "sales-ready": 2, "sales-later": 0, nurture: 0, disqualified: 0 }, total: 2 });
    expect(report.totals.total).toBe(5);
    expect(report.byChannel.map((r) => [r.key, r.total])).toEqual([["kiosk", 3], ["landing-page", 2]]);
    expect(report.byCampaign.map((r) => r.key)).toEqual(["(none)", "Spring"]);
    expect(report.byProductLine.find((r) => r.key === "retail")?.counts.nurture).toBe(1);
  });

  it("gives the median time to claim and the share claimed within 5 minutes, leaving out leads still within their 5 minutes", () => {
    expect(report.speed).toEqual({
      hot: 4, claimed: 2, claimedWithin5Minutes: 1, waiting: 1, shareWithin5Minutes: 1 / 3, medianTimeToClaimMs: (120_000 + 1_800_000) / 2,
    });
  });

  it("has no share to give when nothing was due", () => {
    expect(buildReport([], { to: "2026-11-23", days: 7, now, dayOf: utcDay }).speed.shareWithin5Minutes).toBeNull();
  });
});

describe("median and lastDays", () => {
  it("takes the middle value or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("lists calendar days across a month end", () => {
    expect(lastDays("2026-03-01", 3)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });
});

describe("timeline", () => {
  it("splits each day's leads by campaign, most leads first, and by tier in tier order", async () => {
    const { timeline } = await import("../../../src/desk/model/timeline");
    const a = deskLead({ campaign: { type: "webinar", name: "Spring" }, answers: { email: "a@x.io" }, at: "2026-11-23T09:00:00.000Z" });
    const b = deskLead({ campaign: { type: "webinar", name: "Spring" }, answers: { email: "b@x.io" }, at: "2026-11-22T09:00:00.000Z" });
    const c = deskLead({ tier: "sales-ready", answers: { email: "c@x.io" }, at: "2026-11-23T10:00:00.000Z" });
    const contacts = groupContacts([a, b, c], []);
    const byCampaign = timeline(contacts, { to: "2026-11-23", days: 3, dayOf: utcDay, splitBy: "campaign" });
    expect(byCampaign.keys).toEqual(["Spring", "(none)"]);
    expect(byCampaign.days).toEqual([
      { day: "2026-11-21", counts: { Spring: 0, "(none)": 0 }, total: 0 },
      { day: "2026-11-22", counts: { Spring: 1, "(none)": 0 }, total: 1 },
      { day: "2026-11-23", counts: { Spring: 1, "(none)": 1 }, total: 2 },
    ]);
    expect(timeline(contacts, { to: "2026-11-23", days: 3, dayOf: utcDay, splitBy: "tier" }).keys).toEqual(["sales-ready", "sales-later", "nurture", "disqualified"]);
  });
});
