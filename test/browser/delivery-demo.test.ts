// `npm run demo` end to end (demo/server.mjs: `lead-qualifier serve` with the demo forms and pages): one
// command starts it and prints the desk password; a lead sent to it reaches the desk and survives a
// restart (its replay is still a 200); ALLOWED_ORIGINS from the environment is honoured; other origins
// and the database folder are refused; the landing page works under the demo's CSP.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { Lead } from "../../src/config/types";
import type { ContactsResponse } from "../../src/desk/model/desk-types";
import { validateConfig } from "../../src/config/validate-config";
import { scoreLead } from "../../src/qualify/score-lead";
import { priorityFor, respondByFor } from "../../src/qualify/priority-for";
import { launchChromium, openPage } from "./support/browser";

const ROOT = new URL("../../", import.meta.url).pathname;
const PORT = 20_000 + Math.floor(Math.random() * 20_000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PARTNER = "https://partner.example";
let browser: Browser;
let dataDir: string;
let demo: ChildProcess | undefined;
let printed = "";

async function startDemo(): Promise<void> {
  printed = "";
  demo = spawn(process.execPath, ["demo/server.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DEMO_DATA_DIR: dataDir, ALLOWED_ORIGINS: PARTNER, DESK_PASSWORD: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    demo!.stdout!.on("data", (chunk) => {
      printed += chunk;
      if (printed.includes("lead desk:")) resolve();
    });
    demo!.stderr!.on("data", (chunk) => (printed += chunk));
    demo!.on("exit", (code) => reject(new Error(`demo server exited (${code}): ${printed}`)));
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
  const answers = { email: "ana@acme.io", name: "Ana Demo" };
  const now = new Date().toISOString();
  const score = scoreLead(checked.config, answers);
  return {
    schema: "lead-qualifier/lead@1", leadId: crypto.randomUUID(), formId: checked.config.id, channel: "contact-form",
    productLine: null, campaign: null, submittedAt: now, visitorId: null, profileComplete: false, answers,
    score, priority: priorityFor(score.tier), respondBy: respondByFor(score.tier, Date.parse(now)),
    context: { pageUrl: `${ORIGIN}/contact.html`, referrer: "", locale: "en", utm: { campaign: "spring-webinar", source: "newsletter" }, params: {}, startedAt: now, durationMs: 20_000, visit: 1 },
    consent: null,
  };
}

const postLead = (lead: Lead, origin = ORIGIN) =>
  fetch(`${ORIGIN}/api/leads`, { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId, Origin: origin }, body: JSON.stringify(lead) });

async function deskContacts(): Promise<ContactsResponse> {
  const login = await fetch(`${ORIGIN}/desk/api/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "Demo Rep", password: "demo" }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get("Set-Cookie")!.split(";")[0]!;
  return (await (await fetch(`${ORIGIN}/desk/api/contacts`, { headers: { Cookie: cookie } })).json()) as ContactsResponse;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "lq-demo-"));
  [browser] = await Promise.all([launchChromium(), startDemo()]);
});

afterAll(async () => {
  await stopDemo();
  await browser?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm run demo (demo/server.mjs)", () => {
  it("starts with one command and prints the pages, the desk and its password", () => {
    expect(printed).toContain(`lead-qualifier demo: ${ORIGIN}/`);
    expect(printed).toContain(`lead desk: ${ORIGIN}/desk/  (sign in with any name and the password "demo")`);
    expect(printed).toMatch(/forms: acme-analytics, acme-contact, kiosk-retailtech; allowed origins: https:\/\/partner\.example/);
  });

  it("puts an accepted lead in the desk, keeps it across a restart, and answers its replay with 200", async () => {
    const lead = await demoLead();
    expect((await postLead(lead)).status).toBe(202);
    await stopDemo();
    await startDemo();
    expect((await postLead(lead)).status).toBe(200);
    const contact = (await deskContacts()).contacts.find((c) => c.id === lead.leadId);
    expect(contact).toMatchObject({ email: "ana@acme.io", name: "Ana Demo" });
    expect(contact!.leads[0]!.campaign).toBe("spring-webinar");
  });

  it("takes leads from the ALLOWED_ORIGINS pages, refuses other origins, and never serves the database folder", async () => {
    const fromPartner = await postLead(await demoLead(), PARTNER);
    expect(fromPartner.status).toBe(202);
    expect(fromPartner.headers.get("Access-Control-Allow-Origin")).toBe(PARTNER);
    expect((await postLead(await demoLead(), "https://evil.example")).status).toBe(403);
    expect((await fetch(`${ORIGIN}/data/desk-db/lead-qualifier.lock`)).status).toBe(404);
    expect((await fetch(`${ORIGIN}/desk/api/contacts`)).status).toBe(401);
  });

  it("serves the landing page with the widget under its CSP", async () => {
    const { page, errors } = await openPage(browser);
    const response = await page.goto(`${ORIGIN}/landing.html`);
    expect(response?.headers()["content-security-policy"]).toBe("default-src 'self'");
    await page.getByRole("heading", { level: 2, name: "Work email" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
