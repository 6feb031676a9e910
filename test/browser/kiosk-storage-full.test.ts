import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { installProbes, readProbes } from "./support/page-probes";
import { readOutbox } from "./support/read-outbox";
import { answerAll, BOOTH_PAGE, FORM_ID, openStaffPanel, TABLET } from "./kiosk-flow";

const suite = useLeadSuite(["test/browser/pages/kiosk-booth.json"], "/api/leads");

/**
 * A device at its storage limit, simulated in the page: while `window.__storageFull` is set, IndexedDB
 * puts and lead-qualifier's localStorage writes throw QuotaExceededError, as a full origin does.
 */
const FULL_STORAGE = () => {
  const w = window as unknown as { __storageFull: boolean };
  w.__storageFull = false;
  const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
    if (w.__storageFull) throw quota();
    return put.apply(this, args);
  };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (w.__storageFull && String(key).startsWith("lead-qualifier:")) throw quota();
    return setItem.call(this, key, value);
  };
};

const code = (leadId: string) => leadId.replaceAll("-", "").slice(0, 4).toUpperCase();

describe("a kiosk at its storage limit (real Chromium)", () => {
  it("loses nothing: the staff panel names the leads it could not store, and storage takes them as soon as space frees", async () => {
    const before = suite.leads.length;
    const { context, page } = await openPage(suite.browser, TABLET);
    await installProbes(page);
    await page.addInitScript(FULL_STORAGE);
    await page.route("**/api/leads", (route) => route.abort("internetdisconnected"));
    await page.goto(suite.server.origin + BOOTH_PAGE);
    const visitor = (n: number) => ({ role: "Manager", timeframe: "Later", company: `Booth ${n}`, email: `visitor${n}@retail.example` });

    await answerAll(page, visitor(1));
    await page.getByRole("button", { name: "Done" }).tap();
    await expect.poll(async () => (await readOutbox(page, FORM_ID)).length).toBe(1);
    await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
    for (const n of [2, 3]) {
      await answerAll(page, visitor(n));
      await page.getByRole("button", { name: "Done" }).tap();
    }
    const submitted = (await readProbes(page)).submitted;
    expect(submitted).toHaveLength(3);
    expect((await readOutbox(page, FORM_ID)).map((e) => e.lead.leadId)).toEqual([submitted[0]]);

    await openStaffPanel(context, page, "2468");
    const panel = page.getByRole("dialog", { name: "Staff panel" });
    const warning = panel.getByRole("alert");
    await expect.poll(() => warning.textContent()).toContain("2 leads are not saved on this device (storage full). Export CSV now");
    const text = (await warning.textContent()) ?? "";
    for (const leadId of submitted.slice(1)) expect(text).toContain(code(leadId));
    expect(text).not.toContain(code(submitted[0]!));
    const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Export CSV" }).tap()]);
    const csv = readFileSync((await download.path())!, "utf8");
    const unsavedRows = csv.split("\r\n").filter((row) => row.includes(",pending,no,"));
    expect(unsavedRows).toHaveLength(2);
    expect(csv).toContain("visitor3@retail.example");

    // Space frees up: no new lead needed, the kiosk stores them within its 5 s retry.
    await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
    await expect.poll(async () => (await readOutbox(page, FORM_ID)).length, { timeout: 15_000 }).toBe(3);
    await expect.poll(() => panel.getByRole("alert").count()).toBe(0);

    await page.reload();
    await page.getByRole("button", { name: "Start" }).waitFor();
    expect((await readOutbox(page, FORM_ID)).map((e) => e.lead.leadId).sort()).toEqual([...submitted].sort());
    await page.unroute("**/api/leads");
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(() => suite.leads.slice(before).map((lead) => lead.leadId).sort(), { timeout: 20_000 }).toEqual([...submitted].sort());
    await context.close();
  });
});
