import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { createLeadHandler } from "../../src/server/index";
import type { Lead } from "../../src/config/types";
import type { Route } from "./support/test-server";

/** The kiosk test form (test/browser/pages/kiosk-booth.json): 4 questions, idle reset after 5 s. */
export const BOOTH_CONFIG = JSON.parse(readFileSync(new URL("./pages/kiosk-booth.json", import.meta.url), "utf8"));
export const BOOTH_PAGE = "/test/browser/pages/kiosk-booth.html";
export const OUTBOX_KEY = "lead-qualifier:outbox:v1:kiosk-booth";
/** A tablet at a booth: 1024×768, touch, mobile viewport rules. */
export const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, acceptDownloads: true };

export interface Visitor {
  role: string;
  timeframe: string;
  company: string;
  email: string;
}

/**
 * The real lead handler (src/server) behind POST /api/leads, recording what onLead received. The
 * test server has already read the body, so the Web handler gets a rebuilt Request.
 */
export function realLeadReceiver(origin: () => string) {
  const accepted: Lead[] = [];
  const handler = createLeadHandler({
    configs: [BOOTH_CONFIG],
    allowedOrigins: [],
    rateLimit: false,
    onLead: (lead) => void accepted.push(lead as unknown as Lead),
  });
  const route: Route = async (req, res, body) => {
    if (!req.url?.startsWith("/api/leads")) return false;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const response = await handler(new Request(origin() + req.url, { method: req.method, headers, ...(hasBody ? { body: new Uint8Array(body) } : {}) }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    return true;
  };
  return { accepted, route };
}

/** One visitor at the tablet: Start, two taps (auto-advance), two typed answers, Submit. */
export async function answerAll(page: Page, visitor: Visitor) {
  await page.getByRole("button", { name: "Start" }).tap();
  await page.getByRole("radio", { name: visitor.role }).tap();
  await page.getByRole("heading", { name: "When are you planning to decide?" }).waitFor();
  await page.getByRole("radio", { name: visitor.timeframe }).tap();
  await page.getByLabel("Company").fill(visitor.company);
  await page.getByRole("button", { name: "Next" }).tap();
  await page.getByLabel("Work email").fill(visitor.email);
  await page.getByRole("button", { name: "Submit" }).tap();
  await page.getByRole("button", { name: "Done" }).waitFor();
}

/** A 2.2 s touch on the top-left corner, as real touch input (CDP), then the PIN on the pad. */
export async function openStaffPanel(context: BrowserContext, page: Page, pin: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: 20, y: 20 }] });
  await page.waitForTimeout(2200);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
  await page.getByLabel("Staff PIN").waitFor();
  for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("button", { name: "Unlock" }).tap();
}

/** Everything a later visitor could find: the shadow root's text, every field's value, both storages. */
export async function visibleTraces(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector("[data-lead-qualifier]")!;
    const root = host.shadowRoot!;
    const values = [...root.querySelectorAll("input, textarea, select")].map((el) => (el as HTMLInputElement).value);
    const dump = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? ""]));
    return { text: root.textContent ?? "", values, local: dump(localStorage), session: dump(sessionStorage) };
  });
}

export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: new URL("../../node_modules/axe-core/axe.min.js", import.meta.url).pathname });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}
