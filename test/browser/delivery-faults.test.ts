// Fault injection in real Chromium: the widget on a page, the real lead handler behind a test server that
// fails on demand. The lead must arrive exactly once, whatever the network does.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createLeadHandler, type LeadHandler } from "../../src/server/create-lead-handler";
import type { ServerLead } from "../../src/server/server-lead";
import { launchChromium, openPage } from "./support/browser";
import { readOutbox } from "./support/read-outbox";
import { startTestServer, type TestServer } from "./support/test-server";

const PAGE = "/test/browser/pages/delivery-form.html";
const FORM_ID = "delivery-test";
const html = readFileSync(new URL("./pages/delivery-form.html", import.meta.url), "utf8");
const formConfig: unknown = JSON.parse(/<script type="application\/json" id="delivery-form">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "null");

type Fault = number | "hang";
interface Receiver {
  faults: Fault[];
  requests: Array<{ idempotencyKey: string | undefined; leadId: string | undefined; status: number | "hang" }>;
  stored: ServerLead[];
}

let browser: Browser;
let server: TestServer;
let receiver: Receiver;
let handler: LeadHandler;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  server.routes.push(async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (new URL(req.url ?? "/", "http://x").pathname !== "/leads") return false;
    const leadId = req.method === "POST" ? (JSON.parse(body.toString("utf8") || "{}") as { leadId?: string }).leadId : undefined;
    const fault = req.method === "POST" ? receiver.faults.shift() : undefined;
    const log = { idempotencyKey: req.headers["idempotency-key"] as string | undefined, leadId, status: 0 as number | "hang" };
    if (req.method === "POST") receiver.requests.push(log);
    if (fault === "hang") {
      log.status = "hang";
      hanging.push(res);
      return true;
    }
    if (typeof fault === "number") {
      log.status = fault;
      res.writeHead(fault, { "content-type": "application/problem+json" }).end("{}");
      return true;
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const init: RequestInit = { method: req.method ?? "GET", headers };
    if (req.method === "POST") init.body = new Uint8Array(body);
    const request = new Request(`${server.origin}${req.url}`, init);
    const response = await handler(request, { clientIp: "127.0.0.1" });
    log.status = response.status;
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    return true;
  });
});

afterEach(() => {
  for (const res of hanging.splice(0)) res.destroy();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function reset() {
  receiver = { faults: [], requests: [], stored: [] };
  handler = createLeadHandler({ configs: [formConfig], allowedOrigins: [server.origin], onLead: (lead) => void receiver.stored.push(lead) });
}

async function openForm(context?: BrowserContext): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  if (context) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.origin + PAGE);
    return { page, context, errors };
  }
  const opened = await openPage(browser);
  await opened.page.goto(server.origin + PAGE);
  return opened;
}

async function submit(page: Page) {
  await page.evaluate(() => {
    const events: Array<{ type: string; detail: unknown }> = [];
    (window as unknown as { __events: typeof events }).__events = events;
    for (const type of ["lead-qualifier:delivered", "lead-qualifier:error", "lead-qualifier:submit"]) {
      document.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    }
  });
  await page.getByLabel("Work email").fill("ana@acme.io");
  await page.getByRole("button", { name: "Submit" }).click();
}

const outbox = (page: Page) => readOutbox(page, FORM_ID);
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Array<{ type: string; detail: any }> }).__events);

describe("delivery under faults (real Chromium)", () => {
  it("retries 503, 503, then delivers once with the same Idempotency-Key each time", async () => {
    reset();
    receiver.faults.push(503, 503);
    const { page, context, errors } = await openForm();
    await submit(page);
    await expect.poll(() => receiver.stored.length, { timeout: 15_000 }).toBe(1);
    const leadId = receiver.stored[0]?.leadId;
    expect(receiver.requests.map((r) => r.status)).toEqual([503, 503, 202]);
    expect(receiver.requests.every((r) => r.idempotencyKey === leadId && r.leadId === leadId)).toBe(true);
    await expect.poll(() => outbox(page)).toEqual([]);
    await expect.poll(async () => (await events(page)).filter((e) => e.type === "lead-qualifier:delivered").length).toBe(1);
    expect(errors.filter((e) => !e.includes("503"))).toEqual([]);
    await context.close();
  });

  it("keeps a lead the endpoint refuses (400) on the device, reports it, and does not retry", async () => {
    reset();
    receiver.faults.push(400);
    const { page, context } = await openForm();
    await submit(page);
    await expect.poll(() => outbox(page), { timeout: 10_000 }).toMatchObject([{ status: "failed" }]);
    await expect.poll(async () => (await events(page)).find((e) => e.type === "lead-qualifier:error")?.detail?.code).toBe("delivery_failed");
    await page.waitForTimeout(2500);
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.stored).toEqual([]);
    await context.close();
  });

  it("stores the lead while offline and sends it when the connection returns", async () => {
    reset();
    const { page, context } = await openForm();
    // The page has loaded all it loads (the form kit comes right after the first paint), then the network goes.
    await page.waitForLoadState("networkidle");
    await context.setOffline(true);
    await submit(page);
    await expect.poll(() => outbox(page)).toMatchObject([{ status: "pending" }]);
    expect(receiver.stored).toEqual([]);
    await context.setOffline(false);
    await expect.poll(() => receiver.stored.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outbox(page)).toEqual([]);
    await context.close();
  });

  it("sends a lead left pending by a closed page on the next page load", async () => {
    reset();
    // The first attempt and the pagehide keepalive both fail: only the next page load can deliver it.
    receiver.faults.push(503, 503);
    const first = await openForm();
    await submit(first.page);
    await expect.poll(() => outbox(first.page)).toMatchObject([{ status: "pending" }]);
    await first.page.close();
    const second = await openForm(first.context);
    await expect.poll(() => receiver.stored.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outbox(second.page)).toEqual([]);
    expect(receiver.requests.at(-1)?.status).toBe(202);
    await first.context.close();
  });

  it("re-sends an unanswered lead with keepalive when the visitor leaves the page", async () => {
    reset();
    receiver.faults.push("hang");
    const { page, context } = await openForm();
    await submit(page);
    await expect.poll(() => receiver.requests.length).toBe(1);
    await page.goto("about:blank");
    await expect.poll(() => receiver.stored.length, { timeout: 10_000 }).toBe(1);
    expect(receiver.requests.map((r) => r.leadId)).toEqual([receiver.stored[0]?.leadId, receiver.stored[0]?.leadId]);
    await context.close();
  });

  it("stores a lead pending in two tabs only once", async () => {
    reset();
    receiver.faults.push(503, 503);
    const first = await openForm();
    await submit(first.page);
    await expect.poll(() => outbox(first.page)).toMatchObject([{ status: "pending" }]);
    await first.page.close();
    const [a, b] = await Promise.all([openForm(first.context), openForm(first.context)]);
    await expect.poll(() => outbox(a.page), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => outbox(b.page)).toEqual([]);
    expect(receiver.stored).toHaveLength(1);
    // Whichever tab lost the lease race got a replay answer, never a second onLead.
    expect(receiver.requests.filter((r) => r.status === 202)).toHaveLength(1);
    await first.context.close();
  });
});
