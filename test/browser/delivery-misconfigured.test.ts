import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createLeadHandler, type LeadHandler } from "../../src/server/create-lead-handler";
import { launchChromium, openPage } from "./support/browser";
import { readOutbox } from "./support/read-outbox";
import { startTestServer, type TestServer } from "./support/test-server";

const FORM_ID = "misconfigured-form";
/** Any lead is sales-ready: its default outcome promises a call "within minutes". */
const form = (endpoint: string) => ({
  id: FORM_ID,
  endpoint,
  questions: [{ id: "email", type: "email", label: "Work email", required: true }],
  scoring: { rules: [{ if: { answer: "email", is: "answered" }, tier: "sales-ready", reason: "Left an email" }], thresholds: { "sales-ready": 70, nurture: 0 } },
  flow: { minFillSeconds: 0 },
  profile: { remember: false, ttlDays: 1 },
});
const OTHER_FORM = { ...form("/leads"), id: "another-form" };

let browser: Browser;
let site: TestServer;
let api: TestServer;
let handler: LeadHandler;

beforeAll(async () => {
  [browser, site, api] = await Promise.all([launchChromium(), startTestServer(), startTestServer()]);
  api.routes.push(async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const init: RequestInit = { method: req.method ?? "GET", headers, ...(req.method === "POST" ? { body: new Uint8Array(body) } : {}) };
    const response = await handler(new Request(`${api.origin}${req.url}`, init), { clientIp: "127.0.0.1" });
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    return true;
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), api?.close()]);
});

/** The site's page, the widget mounted with an endpoint on the API's origin; submits one lead. */
async function submitOnSite() {
  const { context, page, errors, warnings } = await openPage(browser);
  await page.goto(site.origin + "/test/browser/pages/delivery-misconfigured.html");
  await page.evaluate(async (config) => {
    const w = window as unknown as { __errors: unknown[]; LeadQualifier: { mount(t: string, c: unknown): Promise<unknown> } };
    w.__errors = [];
    document.addEventListener("lead-qualifier:error", (e) => w.__errors.push((e as CustomEvent).detail));
    await w.LeadQualifier.mount("#widget", config);
  }, form(`${api.origin}/leads`));
  await page.getByLabel("Work email").fill("ana@acme.io");
  await page.getByRole("button", { name: "Submit" }).click();
  await page.getByRole("heading", { name: "Let's talk now" }).waitFor();
  return { context, page, errors, warnings };
}

const errorEvents = (page: Page) => page.evaluate(() => (window as unknown as { __errors: Array<Record<string, any>> }).__errors);

describe("a widget embedded on another site with a misconfigured receiver (real Chromium)", () => {
  it("tells the visitor honestly and the site owner why when the form is not registered (400)", async () => {
    handler = createLeadHandler({ configs: [OTHER_FORM], allowedOrigins: [site.origin], onLead: () => {}, rateLimit: false });
    const { context, page, errors, warnings } = await submitOnSite();
    const notice = page.getByText("We could not pass your answers on automatically.");
    await notice.waitFor();
    expect(await page.getByText("within minutes").count()).toBe(0);
    await expect.poll(() => warnings.join("\n")).toContain(`the form is not registered: add the config with id "${FORM_ID}"`);
    const [event] = (await errorEvents(page)).filter((e) => e.code === "delivery_failed");
    expect(event).toMatchObject({ status: 400, problem: { error: "invalid_lead", issues: [expect.objectContaining({ path: "formId" })] } });
    expect((await readOutbox(page, FORM_ID)).map((e) => e.status)).toEqual(["failed"]);
    // A warning for the site owner, not an error: the page itself works; only delivery is misconfigured.
    expect(errors.filter((line) => line.includes("not registered"))).toEqual([]);
    await context.close();
  });

  it("tells the visitor honestly and names the origin when the receiver refuses the CORS preflight", async () => {
    handler = createLeadHandler({ configs: [form("/leads")], allowedOrigins: ["https://www.example.com"], onLead: () => {}, rateLimit: false });
    const { context, page, errors, warnings } = await submitOnSite();
    await page.getByText("We can't reach our team's system right now.").waitFor({ timeout: 15_000 });
    expect(await page.getByText("within minutes").count()).toBe(0);
    await expect.poll(() => warnings.join("\n"), { timeout: 15_000 }).toContain(`this page's origin (${site.origin}) is not in the receiver's allowedOrigins (CORS preflight refused)`);
    expect((await errorEvents(page)).map((e) => e.code)).toContain("endpoint_unreachable");
    expect((await readOutbox(page, FORM_ID)).map((e) => e.status)).toEqual(["pending"]);
    expect(errors.filter((line) => line.includes("allowedOrigins"))).toEqual([]);
    await context.close();
  });
});
