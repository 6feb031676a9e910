/**
 * The clock and timers the kiosk uses, passed in so tests can drive time (and so the
 * same components run unchanged on a page and in a test). The defaults look up the global
 * functions at call time, which is what `vi.useFakeTimers()` replaces.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** The real browser clock. */
export const systemTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};
