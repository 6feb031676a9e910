import type { Page } from "playwright-core";

/**
 * Installs, before any page script runs, a PerformanceObserver for layout shifts (Chromium's
 * Layout Instability API). Read the total with {@link readLayoutShift}.
 */
export async function installLayoutShiftProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Array<{ value: number; input: boolean; at: number }> };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        w.__shifts.push({ value: entry.value, input: entry.hadRecentInput, at: entry.startTime });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/**
 * The page's cumulative layout shift so far: the sum of every shift not caused by the visitor's
 * own input in the 500 ms before it (the CLS definition; summing all windows is stricter than
 * CLS's worst window), and, apart, the sum of the input-driven shifts.
 */
export function readLayoutShift(page: Page): Promise<{ cls: number; afterInput: number; count: number }> {
  return page.evaluate(() => {
    const shifts = (window as unknown as { __shifts: Array<{ value: number; input: boolean }> }).__shifts;
    const sum = (list: typeof shifts) => list.reduce((total, shift) => total + shift.value, 0);
    return { cls: sum(shifts.filter((s) => !s.input)), afterInput: sum(shifts.filter((s) => s.input)), count: shifts.length };
  });
}

/** The bounding box of the first element matching `selector` in the first widget's shadow root. */
export function widgetBox(page: Page, selector: string, host = "[data-lead-qualifier]") {
  return page.evaluate(
    ({ selector, host }) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      if (!el) throw new Error(`${selector} not found in ${host}`);
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    },
    { selector, host },
  );
}
