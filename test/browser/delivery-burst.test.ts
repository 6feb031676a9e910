// Delivery of the BUILT widget (dist/lead-qualifier.js) to the real built handler (dist/server.js) in
// real Chromium, in the cases a visitor or a booth actually meets: a lead submitted offline and the
// page reloaded before the connection returns, an endpoint that takes seconds to answer, and a burst
// of leads from several tabs sharing one outbox. Each lead must reach onLead exactly once.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { openPage } from "./support/browser";
import { readOutbox } from "./support/read-outbox";
import { useLeadSuite } from "./support/lead-suite";

const CONFIG = "test/browser/pages/delivery-burst.json";
const PAGE = "/test/browser/pages/delivery-burst.html";
const FORM_ID = "delivery-burst";
const ROOT = new URL("../../", import.meta.url);

const suite = useLeadSuite([CONFIG]);

/** Every POST to /leads as the server saw it: the Idempotency-Key and the status answered (0: connection dropped). */
const posts: Array<{ leadId: string | undefined; status: number }> = [];
/** While > 0, each POST to /leads waits this long before the real handler sees it. */
let endpointDelayMs = 0;
/**
 * While true, each POST to /leads has its connection dropped unanswered. Used together with
 * context.setOffline(true): Chromium's offline emulation does not stop the `fetch(…, { keepalive: true })`
 * the widget sends on pagehide (it reached the handler during an "offline" reload), and a real
 * offline device sends nothing at all.
 */
let networkDown = false;

beforeAll(() => {
  // Runs after useLeadSuite's beforeAll, so the server exists; unshift puts this route before the
  // receiver. It observes (and delays or drops on demand), then delegates by returning false.
  suite.server.routes.unshift(async (req, res) => {
    if (req.method !== "POST" || !req.url?.startsWith("/leads")) return false;
    const post = { leadId: req.headers["idempotency-key"] as string | undefined, status: 0 };
    posts.push(post);
    if (networkDown) {
      req.socket.destroy();
      return true;
    }
    res.once("finish", () => (post.status = res.statusCode));
    if (endpointDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, endpointDelayMs));
    return false;
  });
});

/** Records the widget's DOM events (with the page's clock) from the first script on, across reloads. */
async function recordEvents(context: BrowserContext) {
  await context.addInitScript(() => {
    const events: Array<{ type: string; detail: any; at: number }> = [];
    (window as unknown as { __events: typeof events }).__events = events;
    for (const type of ["lead-qualifier:submit", "lead-qualifier:delivered", "lead-qualifier:error"]) {
      document.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail, at: Date.now() }));
    }
  });
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Array<{ type: string; detail: any; at: number }> }).__events);
const outbox = (page: Page) => readOutbox(page, FORM_ID);
const leadsFor = (email: string) => suite.leads.filter((lead) => lead.answers["email"] === email);
const outcomeHeading = (page: Page) => page.getByRole("heading", { name: "Thanks! We'll send you useful material" });

/** Waits until `target` (inside the widget's shadow root) has focus. */
async function waitForFocus(target: Locator) {
  await expect
    .poll(() => target.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el, undefined, { timeout: 1_000 }).catch(() => false), { timeout: 5_000, interval: 25 })
    .toBe(true);
}

async function submitEmail(page: Page, email: string) {
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Submit" }).click();
}

describe("delivery on the built script: reloads, a slow endpoint, bursts (real Chromium)", () => {
  it("delivers a lead submitted offline exactly once when the page was reloaded before the connection returned", async () => {
    const { context, page, errors } = await openPage(suite.browser);
    // The reload happens offline: serve the page, its config and the built script (the loader and the
    // files it loads) from disk, as a cached page would be. POSTs to /leads are not routed, so they
    // really fail while offline.
    await context.route(
      (url) => url.pathname === PAGE || url.pathname === `/${CONFIG}` || url.pathname.startsWith("/dist/"),
      (route) => route.fulfill({ path: fileURLToPath(new URL(`.${new URL(route.request().url()).pathname}`, ROOT)) }),
    );
    await recordEvents(context);
    await page.goto(suite.server.origin + PAGE);
    const email = "offline-reload@acme.io";

    const goOffline = async (offline: boolean) => {
      networkDown = offline;
      await context.setOffline(offline);
    };
    let leadId: string;
    try {
      await goOffline(true);
      await submitEmail(page, email);
      await outcomeHeading(page).waitFor({ timeout: 5_000 });
      await expect.poll(() => outbox(page)).toMatchObject([{ status: "pending" }]);
      leadId = (await outbox(page))[0]!.lead.leadId;

      await page.reload();
      await page.getByLabel("Work email").waitFor({ timeout: 5_000 });
      // Still offline after the reload: the lead is kept on the device, nothing reached the handler.
      await expect.poll(() => outbox(page)).toMatchObject([{ status: "pending", lead: { leadId } }]);
      expect(leadsFor(email)).toEqual([]);
      expect(posts.filter((p) => p.leadId === leadId && p.status === 202)).toEqual([]);
    } finally {
      networkDown = false;
    }

    await goOffline(false);
    await expect.poll(() => leadsFor(email).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outbox(page)).toEqual([]);
    await expect.poll(async () => (await events(page)).filter((e) => e.type === "lead-qualifier:delivered").map((e) => e.detail.leadId)).toEqual([leadId]);
    // No second onLead call, no second acceptance, however long we wait.
    await page.waitForTimeout(2_000);
    expect(leadsFor(email).map((l) => l.leadId)).toEqual([leadId]);
    expect(posts.filter((p) => p.leadId === leadId && p.status === 202)).toHaveLength(1);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it("shows the outcome at once while the endpoint takes 5 s, and delivers the lead afterwards", async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await recordEvents(context);
    await page.goto(suite.server.origin + PAGE);
    const email = "slow-endpoint@acme.io";
    endpointDelayMs = 5_000;
    try {
      await page.getByLabel("Work email").fill(email);
      const clickedAt = Date.now();
      await page.getByRole("button", { name: "Submit" }).click();
      await outcomeHeading(page).waitFor({ timeout: 5_000 });
      const outcomeAfterMs = Date.now() - clickedAt;
      expect(outcomeAfterMs).toBeLessThan(1_500);
      // The outcome is up while the request is still held by the endpoint.
      expect(leadsFor(email)).toEqual([]);
      expect(await outbox(page)).toMatchObject([{ status: expect.stringMatching(/^(pending|sending)$/) }]);

      await expect.poll(async () => (await events(page)).some((e) => e.type === "lead-qualifier:delivered"), { timeout: 12_000, interval: 250 }).toBe(true);
      const delivered = (await events(page)).filter((e) => e.type === "lead-qualifier:delivered");
      expect(delivered).toHaveLength(1);
      expect(delivered[0]!.at - clickedAt).toBeGreaterThanOrEqual(4_500);
      expect(leadsFor(email).map((l) => l.leadId)).toEqual([delivered[0]!.detail.leadId]);
      await expect.poll(() => outbox(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      endpointDelayMs = 0;
      await context.close();
    }
  });

  it("accepts 50 leads submitted in a burst from 5 tabs exactly once each", async () => {
    const context = await suite.browser.newContext();
    const errors: string[] = [];
    const pages = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const page = await context.newPage();
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(suite.server.origin + PAGE);
        return page;
      }),
    );
    const submitted = pages.flatMap((_, tab) => Array.from({ length: 10 }, (_, n) => `burst-${tab}-${n}@acme.io`));
    const startedAt = Date.now();
    await Promise.all(
      pages.map(async (page, tab) => {
        for (let n = 0; n < 10; n++) {
          // The keyboard, as a booth visitor would: Enter submits, Enter on "Start over" restarts.
          // (Playwright's click waits on animation frames, which Chromium throttles in the four
          // tabs of a context that are not in front: about 2 s per click.) Each key waits until the
          // form has moved focus to the new screen's heading, or that late focus would take the key.
          await page.getByLabel("Work email").fill(`burst-${tab}-${n}@acme.io`);
          await page.getByLabel("Work email").press("Enter");
          await waitForFocus(page.locator(".lq-outcome-title"));
          await page.getByRole("button", { name: "Start over" }).press("Enter");
          await waitForFocus(page.locator(".lq-step-title"));
        }
      }),
    );
    const burstLeads = () => suite.leads.filter((lead) => String(lead.answers["email"]).startsWith("burst-"));
    await expect.poll(() => burstLeads().length, { timeout: 20_000, interval: 250 }).toBe(50);
    // Late retries or a keepalive from another tab must not add a second onLead call.
    await pages[0]!.waitForTimeout(2_000);
    const leads = burstLeads();
    expect(leads).toHaveLength(50);
    const perLeadId = new Map<string, number>();
    for (const lead of leads) perLeadId.set(lead.leadId, (perLeadId.get(lead.leadId) ?? 0) + 1);
    expect(perLeadId.size).toBe(50);
    expect([...perLeadId.values()].every((count) => count === 1)).toBe(true);
    expect(leads.map((l) => l.answers["email"]).sort()).toEqual([...submitted].sort());
    const accepted = posts.filter((p) => p.status === 202 && p.leadId !== undefined && perLeadId.has(p.leadId));
    expect(accepted).toHaveLength(50);
    // Nothing lost, nothing stuck: every tab's view of the shared outbox ends empty (one key per lead,
    // so no tab rewrites another tab's leads from a stale copy of localStorage).
    await expect.poll(async () => (await Promise.all(pages.map(outbox))).flat().length, { timeout: 15_000 }).toBe(0);
    expect(errors).toEqual([]);
    expect(Date.now() - startedAt).toBeLessThan(40_000);
    await context.close();
  });
});
