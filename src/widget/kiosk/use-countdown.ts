import { useEffect, useRef, useState } from "preact/hooks";
import { systemTimers, type Timers } from "./timers";

/**
 * Counts whole seconds down from `seconds` (ticking once a second through `timers`) and
 * calls `onZero` once when it reaches 0. Returns the seconds left, for display. Restarts when
 * `seconds` changes; the component's unmount cancels it.
 *
 * @example const left = useCountdown(15, reset); <p>{t(locale, "countdown", { seconds: left })}</p>
 */
export function useCountdown(seconds: number, onZero: () => void, timers: Timers = systemTimers): number {
  const [left, setLeft] = useState(seconds);
  const onZeroRef = useRef(onZero);
  onZeroRef.current = onZero;

  useEffect(() => setLeft(seconds), [seconds]);
  useEffect(() => {
    if (left <= 0) {
      onZeroRef.current();
      return;
    }
    const handle = timers.setTimeout(() => setLeft((value) => value - 1), 1000);
    return () => timers.clearTimeout(handle);
  }, [left, timers]);
  return left;
}
