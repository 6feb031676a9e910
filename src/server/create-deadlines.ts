/** Calls a function when its time is up, unless cancelled first. */
export interface Deadlines {
  /** Calls `onLate` in `ms` milliseconds; the returned function cancels it (and is safe to call twice). */
  watch(ms: number, onLate: () => void): () => void;
  /** How many deadlines are being watched (for tests and diagnostics). */
  readonly size: number;
}

interface Watched {
  at: number;
  onLate: () => void;
}

/**
 * Many deadlines on one timer. The Node adapter gives every body read a time limit, and almost every
 * read ends long before it: a timer per request cost the server bench more CPU than hashing the body,
 * because node builds and drops its timer list (and re-arms libuv's timer) whenever the last timer of
 * a duration is cleared. Here a cancel is a Set delete; the one timer is armed for the earliest
 * deadline, re-armed only when it fires (or for a deadline earlier than any watched), and unref'd:
 * a socket still being read keeps the process alive, a finished read never does.
 *
 * `now` is the clock in milliseconds (`Date.now` by default; tests pass a fake one).
 *
 * @example
 * const deadlines = createDeadlines();
 * const cancel = deadlines.watch(10_000, () => finish({ ok: false, reason: "timeout" }));
 * req.once("end", cancel);
 */
export function createDeadlines(now: () => number = Date.now): Deadlines {
  const watched = new Set<Watched>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor = Number.POSITIVE_INFINITY;

  const arm = (at: number) => {
    if (timer !== undefined) clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(fire, Math.max(0, at - now()));
    timer.unref?.();
  };
  const fire = () => {
    timer = undefined;
    armedFor = Number.POSITIVE_INFINITY;
    const time = now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of watched) {
      if (entry.at <= time) {
        watched.delete(entry);
        entry.onLate();
      } else if (entry.at < next) {
        next = entry.at;
      }
    }
    if (next < armedFor) arm(next); // (an onLate that watched again may have armed the timer already)
  };

  return {
    watch(ms, onLate) {
      const entry: Watched = { at: now() + ms, onLate };
      watched.add(entry);
      if (entry.at < armedFor) arm(entry.at);
      return () => void watched.delete(entry);
    },
    get size() {
      return watched.size;
    },
  };
}
