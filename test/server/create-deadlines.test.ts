import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { createDeadlines } from "../../src/server/create-deadlines";

describe("createDeadlines", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("calls onLate at its deadline and not a millisecond before", () => {
    const deadlines = createDeadlines();
    const late = vi.fn();
    deadlines.watch(1000, late);
    vi.advanceTimersByTime(999);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(late).toHaveBeenCalledTimes(1);
    expect(deadlines.size).toBe(0);
  });

  it("never calls a cancelled deadline, and cancelling twice is harmless", () => {
    const deadlines = createDeadlines();
    const late = vi.fn();
    const cancel = deadlines.watch(100, late);
    cancel();
    cancel();
    vi.advanceTimersByTime(1000);
    expect(late).not.toHaveBeenCalled();
    expect(deadlines.size).toBe(0);
  });

  it("keeps a thousand deadlines on a single timer", () => {
    const deadlines = createDeadlines();
    const cancels = Array.from({ length: 1000 }, () => deadlines.watch(10_000, () => {}));
    expect(vi.getTimerCount()).toBe(1);
    cancels.forEach((cancel) => cancel());
    expect(deadlines.size).toBe(0);
  });

  it("calls an earlier deadline watched after a later one on time", () => {
    const deadlines = createDeadlines();
    const calls: string[] = [];
    deadlines.watch(5000, () => calls.push("late"));
    deadlines.watch(100, () => calls.push("early"));
    vi.advanceTimersByTime(100);
    expect(calls).toEqual(["early"]);
    vi.advanceTimersByTime(4900);
    expect(calls).toEqual(["early", "late"]);
  });

  it("calls exactly the deadlines not cancelled in time, each once and at its own time, whatever the mix", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ms: fc.integer({ min: 0, max: 500 }), cancelAt: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }) }), { maxLength: 30 }),
        (plan) => {
          vi.useFakeTimers();
          const start = Date.now();
          const deadlines = createDeadlines();
          const calledAt = new Map<number, number[]>();
          const cancels = plan.map((p, i) => deadlines.watch(p.ms, () => calledAt.set(i, [...(calledAt.get(i) ?? []), Date.now() - start])));
          for (let t = 0; t <= 600; t++) {
            plan.forEach((p, i) => {
              if (p.cancelAt === t) cancels[i]?.();
            });
            vi.advanceTimersByTime(1);
          }
          plan.forEach((p, i) => {
            // Cancelled at t (before the clock moves past t): too late only when its deadline was t or earlier.
            const shouldFire = p.cancelAt === undefined || p.cancelAt >= p.ms;
            expect(calledAt.get(i)).toEqual(shouldFire ? [p.ms] : undefined);
          });
          expect(deadlines.size).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
