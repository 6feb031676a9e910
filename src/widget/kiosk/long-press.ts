import { useEffect, useMemo, useRef } from "preact/hooks";
import { systemTimers, type Timers } from "./timers";

/** How long staff hold the corner before the PIN pad opens. */
export const LONG_PRESS_MS = 2000;

export interface LongPressHandlers {
  onPointerDown(event: PointerEvent): void;
  onPointerUp(): void;
  onPointerLeave(): void;
  onPointerCancel(): void;
  onContextMenu(event: Event): void;
}

/**
 * Pointer handlers that call `onLongPress` once a press has been held for `ms` without
 * being released, cancelled or moved off the element. A short tap does nothing, so a
 * visitor brushing the corner never opens the staff panel. The context menu (which a
 * long touch opens on mobile browsers) is suppressed.
 *
 * @example const press = createLongPress({ onLongPress: openPinPad }); <button {...press} />
 */
export function createLongPress(options: { onLongPress(): void; ms?: number; timers?: Timers }): LongPressHandlers & { cancel(): void } {
  const { ms = LONG_PRESS_MS, timers = systemTimers } = options;
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    onPointerDown(event) {
      // Only the primary button / first finger; a second finger cancels (pinch, not a hold).
      if (event.button > 0 || handle !== null) return cancel();
      handle = timers.setTimeout(() => {
        handle = null;
        options.onLongPress();
      }, ms);
    },
    onPointerUp: cancel,
    onPointerLeave: cancel,
    onPointerCancel: cancel,
    onContextMenu: (event) => event.preventDefault(),
    cancel,
  };
}

/**
 * `createLongPress` as a hook: stable handlers, the latest callback, cancelled on unmount.
 *
 * @example const press = useLongPress(openPinPad); <button aria-label="Staff" {...press} />
 */
export function useLongPress(onLongPress: () => void, ms = LONG_PRESS_MS, timers: Timers = systemTimers): LongPressHandlers {
  const latest = useRef(onLongPress);
  latest.current = onLongPress;
  const press = useMemo(() => createLongPress({ onLongPress: () => latest.current(), ms, timers }), [ms, timers]);
  useEffect(() => press.cancel, [press]);
  return press;
}
