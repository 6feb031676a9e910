// The demo receiver (demo/server.mjs) end to end: real handler from dist/server.js, persistence across a
// restart (a replay after restart is still a 200), and the sales inbox rendering under `default-src 'self'`.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { Lead } from "../../src/config/types";
import { validateConfig } from "../../src/config/validate-config";
import { scoreLead } from "../../src/qualify/score-lead";
import { launchChromium, openPage } from "./support/browser";

const ROOT = new URL("../../", import.meta.url).pathname;
const PORT = 20_000 + Math.floor(Math.random() * 20_000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let browser: Browser;
let dataDir: string;
let demo: ChildProcess | undefined;

async function startDemo(): Promise<void> {
  demo = spawn(process.execPath, ["demo/server.mjs"], { cwd: ROOT, env: { ...process.env, PORT: String(PORT), DEMO_DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    demo!.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("lead-qualifier demo:")) resolve();
    });
    demo!.stderr!.on("data", (chunk) => (out += chunk));
    demo!.on("exit", (code) => reject(new Error(`demo server exited (${code}): ${out}`)));
  });
}

async function stopDemo(): Promise<void> {
  if (!demo || demo.exitCode !== null) return;
  const exited = new Promise((resolve) => demo!.once("exit", resolve));
  demo.kill("SIGTERM");
  await exited;
}

async function demoLead(): Promise<Lead> {
  const raw = JSON.parse(await readFile(join(ROOT, "demo/forms/acme-contact.json"), "utf8"));
  const checked = validateConfig(raw);
  if (!checked.ok) throw new Error("demo form invalid");
  const answers = { email: "ana@acme.io" };
  const now = new Date().toISOString();
  return {
    schema: "lead-qualifier/lead@1", leadId: crypto.randomUUID(), formId: checked.config.id, channel: "contact-form",
    productLine: null, campaign: null, submittedAt: now, visitorId: null, profileComplete: false, answers,
    score: scoreLead(checked.config, answers), priority: "low", respondBy: null,
    context: { pageUrl: `${ORIGIN}/contact.html`, referrer: "", locale: "en", utm: { campaign: "spring-webinar", source: "newsletter" }, params: {}, startedAt: now, durationMs: 20_000, visit: 1 },
    consent: null,
  };
}

const postLead = (lead: Lead) =>
  fetch(`${ORIGIN}/api/leads`, { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId, Origin: ORIGIN }, body: JSON.stringify(lead) });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "lq-demo-"));
  [browser] = await Promise.all([launchChromium(), startDemo()]);
});

afterAll(async () => {
  await stopDemo();
  await browser?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("demo/server.mjs", () => {
  it("accepts a lead, keeps it across a restart, and answers its replay with 200", async () => {
    const lead = await demoLead();
    expect((await postLead(lead)).status).toBe(202);
    await stopDemo();
    await startDemo();
    const replay = await postLead(lead);
    expect(replay.status).toBe(200);
    const leads = (await (await fetch(`${ORIGIN}/api/leads`)).json()) as Lead[];
    expect(leads.map((l) => l.leadId)).toContain(lead.leadId);
  });

  it("refuses a cross-origin POST and never serves the stored leads file", async () => {
    const response = await fetch(`${ORIGIN}/api/leads`, { method: "POST", headers: { "Content-Type": "application/json", Origin: "https://evil.example" }, body: "{}" });
    expect(response.status).toBe(403);
    expect((await fetch(`${ORIGIN}/data/leads.jsonl`)).status).toBe(404);
  });

  it("shows the inbox newest first with tier counts under its strict CSP", async () => {
    const newest = await demoLead();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await postLead(newest)).status).toBe(202);
    const { page, errors } = await openPage(browser);
    const response = await page.goto(`${ORIGIN}/inbox.html`);
    expect(response?.headers()["content-security-policy"]).toBe("default-src 'self'");
    const rows = page.locator("#inbox-rows tr");
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().locator("td").nth(4).textContent()).toContain("ana@acme.io");
    expect(await rows.first().locator("td").nth(7).textContent()).toContain("spring-webinar");
    const counts = await page.getByRole("list", { name: "Leads per tier" }).textContent();
    expect(counts).toMatch(/Sales-ready/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
