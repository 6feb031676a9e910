import type { Page } from "playwright-core";

/**
 * Installs, before any page script runs, a PerformanceObserver for main-thread long tasks (> 50 ms)
 * and a listener for the widget's submit events; read them with {@link readProbes}.
 */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __submitted: string[] };
    w.__longTasks = [];
    w.__submitted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
    document.addEventListener("lead-qualifier:submit", (event) => w.__submitted.push((event as CustomEvent).detail.lead.leadId));
  });
}

/**
 * Long task durations (ms) since `after` (a `performance.now()` of this document, e.g. once the first
 * screen showed, so loading the script itself is not counted), and the leadIds submitted.
 */
export function readProbes(page: Page, after = 0): Promise<{ longTasks: number[]; submitted: string[]; now: number }> {
  return page.evaluate((after) => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __submitted: string[] };
    return { longTasks: w.__longTasks.filter((t) => t.start >= after).map((t) => t.duration), submitted: [...w.__submitted], now: performance.now() };
  }, after);
}

/**
 * Writes `count` copies of a stored outbox entry into the page's IndexedDB outbox, each with a fresh
 * leadId, as if the kiosk had captured them offline (one transaction; much faster than clicking).
 */
export function seedOutbox(page: Page, formId: string, template: unknown, count: number): Promise<string[]> {
  return page.evaluate(
    async ({ formId, template, count }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("lead-qualifier-outbox");
        request.onupgradeneeded = () => request.result.createObjectStore("entries");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const base = template as { lead: Record<string, unknown> };
      const ids: string[] = [];
      const tx = db.transaction("entries", "readwrite");
      const store = tx.objectStore("entries");
      const at = Date.now();
      for (let i = 0; i < count; i++) {
        const leadId = crypto.randomUUID();
        ids.push(leadId);
        const entry = { lead: { ...base.lead, leadId }, status: "pending", attempts: 0, nextAttemptAt: at, createdAt: at + i };
        store.put(entry, `${formId}:${leadId}`);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return ids;
    },
    { formId, template, count },
  );
}
