import { useEffect, useRef } from "preact/hooks";
import type { RefObject } from "preact";
import { systemTimers, type Timers } from "./timers";

/** The events that count as "someone is using the kiosk". */
export const ACTIVITY_EVENTS = ["pointerdown", "keydown", "input"] as const;

export interface IdleTimerOptions {
  /** The element whose subtree is watched (events inside a shadow root bubble up to it). */
  target: RefObject<HTMLElement | null>;
  timeoutMs: number;
  /** Only counts while true; turning it on (again) starts a fresh period. */
  active: boolean;
  onIdle(): void;
  timers?: Timers;
}

/**
 * Calls `onIdle` once after `timeoutMs` without pointer, key or input activity inside
 * `target`, while `active`. Listeners use the capture phase, so a control that stops
 * propagation still counts as activity.
 *
 * @example useIdleTimer({ target: rootRef, timeoutMs: 60_000, active: phase === "form", onIdle: askStillThere });
 */
export function useIdleTimer({ target, timeoutMs, active, onIdle, timers = systemTimers }: IdleTimerOptions): void {
  // The latest callback without restarting the period on every render.
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    const element = target.current;
    if (!active || !element) return;
    let handle: unknown = null;
    const restart = () => {
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = null;
        onIdleRef.current();
      }, timeoutMs);
    };
    restart();
    for (const type of ACTIVITY_EVENTS) element.addEventListener(type, restart, true);
    return () => {
      if (handle !== null) timers.clearTimeout(handle);
      for (const type of ACTIVITY_EVENTS) element.removeEventListener(type, restart, true);
    };
  }, [active, timeoutMs, target, timers]);
}
