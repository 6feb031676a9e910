import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPage, reportCspViolations } from "./support/browser";
import { readOutbox } from "./support/read-outbox";
import { startTestServer, type Route, type TestServer } from "./support/test-server";
import { TABLET } from "./kiosk-flow";

const DEMO_PAGE = "/demo/kiosk.html";
const FORM_ID = "kiosk-retailtech";
// The demo's own policy (demo/server.mjs) tightened with Trusted Types: the page, the widget and the
// service worker run without inline code, and the page's one TT policy only allows kiosk-sw.js.
const CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lead-qualifier-kiosk-sw";

let browser: Browser;
let server: TestServer;
const received: { leadId: string; idempotencyKey: string | undefined; channel: string }[] = [];
const receiver: Route = (req, res, body) => {
  if (!req.url?.startsWith("/api/leads") || req.method !== "POST") return false;
  const lead = JSON.parse(body.toString("utf8"));
  received.push({ leadId: lead.leadId, idempotencyKey: req.headers["idempotency-key"] as string | undefined, channel: lead.channel });
  res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ leadId: lead.leadId }));
  return true;
};

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  server.headers["content-security-policy"] = CSP;
  server.routes.push(receiver);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One visitor through the RetailTech demo form (demo/forms/kiosk-retailtech.json). */
async function visit(page: Page, email: string) {
  await page.getByRole("button", { name: "Start" }).tap();
  await page.getByRole("radio", { name: "VP or head of department" }).tap();
  await page.getByRole("radio", { name: "More than 50" }).tap();
  await page.getByRole("radio", { name: "Faster checkout" }).tap();
  await page.getByRole("radio", { name: "Within a month" }).tap();
  for (const [label, value] of [["Your name", "Ana"], ["Company", "Acme Retail"], ["Work email", email]] as const) {
    await page.getByLabel(label).fill(value);
    await page.getByRole("button", { name: "Next" }).tap();
  }
  await page.getByRole("checkbox").tap();
  await page.getByRole("button", { name: "Submit" }).tap();
  await page.getByRole("button", { name: "Done" }).waitFor();
}

/** The demo kiosk's attract headline (demo/forms/kiosk-retailtech.json, kiosk.attract.headline). */
const ATTRACT_HEADLINE = "Checkout in seconds, stock you can trust";

it("reloads the booth page from the service worker's cache with the server gone, and keeps the lead for later", async () => {
  const { context, page, errors } = await openPage(browser, TABLET);
  await reportCspViolations(context);
  await page.goto(server.origin + DEMO_PAGE);
  await page.getByRole("heading", { name: ATTRACT_HEADLINE, level: 2 }).waitFor();
  await page.screenshot({ path: new URL("../../test-output/screenshots/kiosk-demo-attract.png", import.meta.url).pathname });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);

  // Online, through the service worker: the POST reaches the endpoint untouched (headers and body).
  await visit(page, "ana@acme-retail.example");
  await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
  expect(received[0]!.idempotencyKey).toBe(received[0]!.leadId);
  expect(received[0]!.channel).toBe("kiosk");

  // The booth loses its network: the server is gone for good, and the browser is offline too.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { name: ATTRACT_HEADLINE, level: 2 }).waitFor({ timeout: 10_000 });
  // The attract screen's pictures came from the service worker's cache too.
  await expect.poll(() => page.locator(".lq-attract-image, .lq-attract-logo").evaluateAll((imgs) =>
    imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)), { timeout: 10_000 }).toEqual([true, true]);
  await visit(page, "ben@offline.example");
  const outbox = JSON.stringify(await readOutbox(page, FORM_ID));
  expect(outbox).toContain("ben@offline.example");
  expect(received).toHaveLength(1);
  const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/.test(e));
  expect(unexpected).toEqual([]);
  await context.close();
});
