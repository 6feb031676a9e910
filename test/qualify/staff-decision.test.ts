import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Config, Score, StaffRating } from "../../src/config/types";
import { staffDecision } from "../../src/qualify/staff-decision";
import { baseConfig } from "../support/base-config";

const score = (total: number, tier: Score["tier"] = "nurture"): Score => ({
  total, tier, reasons: [], dimensions: { budget: 0, authority: 0, need: 0, timeframe: 0, fit: 0 },
});
const withRatings = (ratings: Config["kiosk"]["ratings"]) => baseConfig({ kiosk: { idleResetSeconds: 60, resetAfterSubmitSeconds: 10, ratings } });

describe("staffDecision", () => {
  it("maps A to D to the four tiers by default, keeping the visitor's total", () => {
    const config = baseConfig();
    const tiers = (["A", "B", "C", "D"] as const).map((rating) => staffDecision(config, score(45), rating));
    expect(tiers).toEqual([
      { tier: "sales-ready", total: 45, reason: "Staff rating A" },
      { tier: "sales-later", total: 45, reason: "Staff rating B" },
      { tier: "nurture", total: 45, reason: "Staff rating C" },
      { tier: "disqualified", total: 45, reason: "Staff rating D" },
    ]);
  });

  it("adds points and lets the thresholds pick the tier when a rating adjusts", () => {
    const config = withRatings({ A: { adjust: 30 }, D: { adjust: -100 } });
    expect(staffDecision(config, score(45), "A")).toEqual({ tier: "sales-ready", total: 75, reason: "Staff rating A (+30 points)" });
    expect(staffDecision(config, score(45), "D")).toEqual({ tier: "disqualified", total: -55, reason: "Staff rating D (−100 points)" });
  });

  it("records a rating mapped to nothing without a decision", () => {
    expect(staffDecision(withRatings({ C: {} }), score(45), "C")).toBeNull();
  });

  it("never changes the score it is given (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 200 }), fc.constantFrom<StaffRating>("A", "B", "C", "D"), fc.integer({ min: -100, max: 100 }), (total, rating, adjust) => {
        const given = score(total);
        const before = structuredClone(given);
        staffDecision(withRatings({ [rating]: { adjust } }), given, rating);
        expect(given).toEqual(before);
      }),
    );
  });
});
