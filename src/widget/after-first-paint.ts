/** The timers `afterFirstPaint` needs; a window, or a test's fake. */
export type PaintTimers = Pick<Window, "setTimeout"> & Partial<Pick<Window, "requestAnimationFrame">>;

/**
 * Runs `fn` once the browser has painted what was just rendered (a task after the next animation
 * frame), so work that can wait — loading the delivery code, reading storage — never delays the first
 * question on screen. A hidden tab paints nothing: the fallback timer runs it anyway.
 *
 * @example render(<Form />, container); afterFirstPaint(window, () => loadTheRest());
 */
export function afterFirstPaint(timers: PaintTimers, fn: () => void, fallbackMs = 250): void {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    fn();
  };
  timers.requestAnimationFrame?.(() => timers.setTimeout(run, 0));
  timers.setTimeout(run, fallbackMs);
}
