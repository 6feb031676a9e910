/** A manual clock and scheduler for delivery tests: time only moves when the test says so. */
export function fakeClock(start = 1_000_000) {
  let time = start;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  return {
    now: () => time,
    schedule(fn: () => void, ms: number) {
      const id = nextId++;
      timers.push({ at: time + ms, fn, id });
      return () => {
        timers = timers.filter((t) => t.id !== id);
      };
    },
    /** Moves time forward, running timers that fall due (in order). */
    advance(ms: number) {
      const end = time + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        time = next.at;
        next.fn();
      }
      time = end;
    },
    pendingTimers: () => timers.map((t) => t.at - time),
  };
}

/** Lets queued promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
