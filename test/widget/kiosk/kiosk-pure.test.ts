// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkPin, INITIAL_PIN_GUARD, PIN_LOCKOUT_MS, PIN_MAX_TRIES, type PinGuardState } from "../../../src/widget/kiosk/pin-guard";
import { summarizeLeads } from "../../../src/widget/kiosk/staff-summary";
import { giveawayCode } from "../../../src/widget/kiosk/giveaway-code";
import { csvFileName } from "../../../src/widget/kiosk/csv-file-name";
import { localDay } from "../../../src/widget/kiosk/local-day";
import type { KioskLeadRow } from "../../../src/widget/kiosk/kiosk-lead-row";

describe("checkPin", () => {
  it("accepts the configured PIN and forgets earlier wrong tries", () => {
    const afterWrong = checkPin(INITIAL_PIN_GUARD, "0000", "2468", 0).state;
    const result = checkPin(afterWrong, "2468", "2468", 1);
    expect(result.check).toEqual({ outcome: "ok" });
    expect(result.state).toEqual(INITIAL_PIN_GUARD);
  });

  it("counts down the tries left on each wrong PIN", () => {
    let state: PinGuardState = INITIAL_PIN_GUARD;
    const left: number[] = [];
    for (let i = 0; i < PIN_MAX_TRIES - 1; i++) {
      const result = checkPin(state, "1111", "2468", i);
      state = result.state;
      if (result.check.outcome === "wrong") left.push(result.check.triesLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
  });

  it("locks for 60 s after the fifth wrong PIN and refuses even the right one meanwhile", () => {
    let state: PinGuardState = INITIAL_PIN_GUARD;
    for (let i = 0; i < PIN_MAX_TRIES; i++) state = checkPin(state, "1111", "2468", 1000).state;
    expect(state.lockedUntil).toBe(1000 + PIN_LOCKOUT_MS);
    expect(checkPin(state, "2468", "2468", 1000 + PIN_LOCKOUT_MS - 1).check).toEqual({ outcome: "locked", retryInMs: 1 });
    expect(checkPin(state, "2468", "2468", 1000 + PIN_LOCKOUT_MS).check).toEqual({ outcome: "ok" });
  });

  it("starts a fresh count of tries once a lock-out has expired", () => {
    let state: PinGuardState = INITIAL_PIN_GUARD;
    for (let i = 0; i < PIN_MAX_TRIES; i++) state = checkPin(state, "1111", "2468", 0).state;
    expect(checkPin(state, "1111", "2468", PIN_LOCKOUT_MS).check).toEqual({ outcome: "wrong", triesLeft: PIN_MAX_TRIES - 1 });
  });

  it("never accepts a wrong PIN or an empty configured PIN, for all inputs", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (entered, pin, now) => {
        const { check } = checkPin(INITIAL_PIN_GUARD, entered, pin, now);
        if (entered !== pin || pin === "") expect(check.outcome).not.toBe("ok");
      }),
    );
  });
});

describe("summarizeLeads", () => {
  const now = new Date(2026, 10, 23, 15, 0);
  const at = (h: number, day = 23) => new Date(2026, 10, day, h, 0).toISOString();
  const rows: KioskLeadRow[] = [
    { leadId: "a", submittedAt: at(9), status: "delivered", tier: "sales-ready", total: 80, deliveredAt: at(9) },
    { leadId: "b", submittedAt: at(10), status: "delivered", tier: "sales-ready", total: 75, deliveredAt: at(11) },
    { leadId: "c", submittedAt: at(12), status: "pending", tier: "nurture", total: 50 },
    { leadId: "d", submittedAt: at(13), status: "sending", tier: "disqualified", total: 5 },
    { leadId: "e", submittedAt: at(14), status: "failed", tier: "sales-later", total: 60 },
    { leadId: "f", submittedAt: at(14, 22), status: "pending", tier: "nurture", total: 40 },
  ];

  it("counts today's leads per tier on the local calendar day", () => {
    const summary = summarizeLeads(rows, now);
    expect(summary.today).toEqual({ "sales-ready": 2, "sales-later": 1, nurture: 1, disqualified: 1 });
    expect(summary.todayTotal).toBe(5);
  });

  it("counts every pending (incl. sending) and failed lead whatever the day", () => {
    const summary = summarizeLeads(rows, now);
    expect(summary.pending).toBe(3);
    expect(summary.failed).toBe(1);
  });

  it("reports the latest delivery as the last sync, or null before any", () => {
    expect(summarizeLeads(rows, now).lastSyncAt).toBe(at(11));
    expect(summarizeLeads(rows.slice(2), now).lastSyncAt).toBeNull();
  });
});

describe("giveawayCode", () => {
  it("is the first four characters of the lead id, upper-case", () => {
    expect(giveawayCode("7b0c9e2a-1111-4222-8333-444455556666")).toBe("7B0C");
    expect(giveawayCode("ab-cdef")).toBe("ABCD");
  });
});

describe("csvFileName", () => {
  it("names the export after the form and the local day", () => {
    expect(csvFileName("acme-booth", new Date(2026, 0, 5, 23, 59))).toBe("lead-qualifier-acme-booth-2026-01-05.csv");
    expect(localDay(new Date(2026, 10, 23, 0, 30))).toBe("2026-11-23");
  });
});
