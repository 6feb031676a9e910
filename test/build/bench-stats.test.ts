import { describe, expect, it } from "vitest";
import fc from "fast-check";
// @ts-expect-error: a bench script in plain JavaScript (scripts/bench/), tested as the bench runs it.
import { pairedRatios, quantile, roundOrder, summarize } from "../../scripts/bench/stats.mjs";

describe("the bench's arithmetic (scripts/bench/stats.mjs)", () => {
  it("takes the middle value as the median of an odd sample and interpolates for an even one", () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
  });

  it("summarizes a sample with its quartiles and extremes", () => {
    expect(summarize([10, 20, 30, 40, 50])).toEqual({ n: 5, median: 30, q1: 20, q3: 40, min: 10, max: 50 });
  });

  it("keeps every quantile between the smallest and the largest value, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const s = summarize(values);
        expect(s.min).toBeLessThanOrEqual(s.q1);
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
        expect(s.q3).toBeLessThanOrEqual(s.max);
      }),
    );
  });

  it("divides round by round, so a slow round slows both pages alike", () => {
    expect(pairedRatios([300, 900], [200, 600])).toEqual([1.5, 1.5]);
    expect(() => pairedRatios([1], [1, 2])).toThrow(/different lengths/);
  });

  it("lets every page go first in turn", () => {
    const names = ["floor", "lead-qualifier", "surveyjs"];
    const firsts = [0, 1, 2].map((round) => roundOrder(names, round)[0]);
    expect(new Set(firsts)).toEqual(new Set(names));
    expect(roundOrder(names, 1)).toEqual(["lead-qualifier", "surveyjs", "floor"]);
    expect(roundOrder(["a", "b"], 2)).toEqual(["a", "b"]);
  });
});
