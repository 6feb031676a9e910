import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { installProbes, readProbes, seedOutbox } from "./support/page-probes";
import { readOutbox } from "./support/read-outbox";
import { answerAll, BOOTH_PAGE, FORM_ID, TABLET } from "./kiosk-flow";

/** Leads queued on the kiosk: the full 2,000 of the issue in CI (~20 s); `KIOSK_QUEUE=5000 npx vitest run test/browser/kiosk-big-queue.test.ts` tries a longer show. */
const QUEUE = Number(process.env.KIOSK_QUEUE ?? 2_000);
const suite = useLeadSuite(["test/browser/pages/kiosk-booth.json"], "/api/leads");

/** The endpoint unreachable (as offline) while the page itself still loads from the test server. */
const cutEndpoint = (page: Page) => page.route("**/api/leads", (route) => route.abort("internetdisconnected"));

describe("a kiosk with a big offline queue (real Chromium, 1024×768)", () => {
  it(`keeps ${QUEUE} queued leads across reloads and delivers each exactly once within 60 s, with no long task over 100 ms`, async () => {
    const before = suite.leads.length;
    const { context, page } = await openPage(suite.browser, TABLET);
    await installProbes(page);
    await cutEndpoint(page);
    await page.goto(suite.server.origin + BOOTH_PAGE);
    // One real visitor while offline, then the rest of the show's queue seeded like it: same answers, own leadIds.
    await answerAll(page, { role: "Manager", timeframe: "Later", company: "Beta Markets", email: "ben@beta-markets.example" });
    await expect.poll(async () => (await readOutbox(page, FORM_ID)).length).toBe(1);
    const [stored] = await readOutbox(page, FORM_ID);
    const ids = new Set([stored!.lead.leadId, ...(await seedOutbox(page, FORM_ID, stored, QUEUE - 1))]);

    // Reload with the whole queue pending: the first screen must not wait for storage.
    const reloadStart = Date.now();
    await page.reload();
    await page.getByRole("button", { name: "Start" }).waitFor();
    const startShownMs = Date.now() - reloadStart;
    expect((await readOutbox(page, FORM_ID)).length).toBe(QUEUE);

    // Back online: the round starts at once; reload again mid-way ("at any moment"). (A keepalive send on
    // pagehide may slip past the route that cuts the endpoint: the receiver then has that lead already.)
    const delivered = () => suite.leads.slice(before).filter((lead) => ids.has(lead.leadId));
    let posts = 0;
    page.on("request", (request) => void (request.method() === "POST" && request.url().endsWith("/api/leads") && posts++));
    await page.unroute("**/api/leads");
    const online = Date.now();
    const sendingFrom = (await readProbes(page)).now;
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(() => delivered().length, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(Math.min(300, QUEUE / 2));
    // Long tasks while sending (loading the script and the first render are not sending).
    const longTasks = (await readProbes(page, sendingFrom)).longTasks;
    await page.reload();
    await page.getByRole("button", { name: "Start" }).waitFor();
    const resumedFrom = (await readProbes(page)).now;
    await expect.poll(() => delivered().length, { timeout: 60_000, interval: 250 }).toBe(QUEUE).catch(async (error) => {
      console.log(JSON.stringify((await readOutbox(page, FORM_ID)).map(({ lead, ...rest }) => ({ leadId: lead.leadId, ...rest }))));
      throw error;
    });
    const drainMs = Date.now() - online;
    longTasks.push(...(await readProbes(page, resumedFrom)).longTasks);
    // Leads in flight at the reload keep the closed page's lease (30 s) before the receiver's 200 replay clears them.
    await expect.poll(async () => (await readOutbox(page, FORM_ID)).length, { timeout: 45_000 }).toBe(0);

    const received = delivered().map((lead) => lead.leadId);
    expect(new Set(received).size).toBe(QUEUE);
    expect(received).toHaveLength(QUEUE);
    expect(drainMs).toBeLessThan(60_000);
    const longest = Math.max(0, ...longTasks);
    console.log(
      `kiosk queue ${QUEUE}: Start shown ${startShownMs} ms after reload; all delivered ${drainMs} ms after going online ` +
        `(one reload mid-way), ${posts} POSTs for ${QUEUE} leads; long tasks while sending: ${longTasks.length} (${longTasks.map((ms) => ms.toFixed(0)).join(", ") || "none"} ms), longest ${longest.toFixed(0)} ms`,
    );
    expect(longest).toBeLessThan(100);
    await context.close();
  }, 180_000);
});
