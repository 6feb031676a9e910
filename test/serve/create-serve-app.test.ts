import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServeApp, type ServeAppOptions } from "../../src/serve/create-serve-app";
import { sharedPassword } from "../../src/serve/desk-users";
import { createDbDedupeStore } from "../../src/store/create-db-dedupe-store";
import { config, rawConfig, validLead } from "../server/support/fixtures";
import { useDeskStore } from "./support/desk-harness";

const harness = useDeskStore();
const ORIGIN = "http://127.0.0.1:8080";
let dirs: { root: string; dist: string; site: string; data: string };
const logged: string[] = [];

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "lq-serve-app-"));
  dirs = { root, dist: join(root, "dist"), site: join(root, "site"), data: join(root, "site", "data") };
  await mkdir(join(dirs.dist, "desk"), { recursive: true });
  await mkdir(dirs.data, { recursive: true });
  await writeFile(join(dirs.dist, "lead-qualifier.js"), "/* widget */");
  await mkdir(join(dirs.dist, "lq"), { recursive: true });
  await writeFile(join(dirs.dist, "lq", "main-AbC_1.js"), "/* landing-page file */");
  await writeFile(join(dirs.dist, "cli.js"), "/* not public */");
  await writeFile(join(dirs.dist, "desk", "desk.js"), "/* desk */");
  await writeFile(join(dirs.site, "landing.html"), "<!doctype html><title>Landing</title>");
  await writeFile(join(dirs.data, "leads.json"), "[]");
});

afterAll(async () => {
  if (dirs) await rm(dirs.root, { recursive: true, force: true });
});

function app(overrides: Partial<ServeAppOptions> = {}) {
  return createServeApp({
    configs: [config()],
    formFiles: new Map([["analytics.json", JSON.stringify(rawConfig)]]),
    store: harness.store,
    dedupe: createDbDedupeStore(harness.db),
    async saveLead(lead) {
      await harness.store.leads.insert(lead);
      logged.push(`lead ${lead.leadId} ${lead.formId} ${lead.score.tier}`);
    },
    auth: sharedPassword("desk-secret"),
    allowedOrigins: ["https://www.acme.io"],
    leadRateLimit: false,
    distDir: dirs.dist,
    staticDir: dirs.site,
    hiddenDirs: [dirs.data],
    ping: async () => void (await harness.db.query("select 1")),
    ...overrides,
  });
}

const post = (lead: object, origin = "https://www.acme.io") =>
  new Request(`${ORIGIN}/api/leads`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, "Idempotency-Key": (lead as { leadId: string }).leadId },
    body: JSON.stringify(lead),
  });

describe("createServeApp", () => {
  it("stores a lead from an allowed origin once, answers its replay with 200, and logs no personal data", async () => {
    const handler = app();
    const lead = validLead();
    const first = await handler(post(lead));
    expect(first.status).toBe(202);
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("https://www.acme.io");
    expect((await handler(post(lead))).status).toBe(200);
    const stored = await harness.store.leads.find(lead.leadId);
    expect(stored).toMatchObject({ leadId: lead.leadId, answers: lead.answers, scoreMismatch: false });
    expect(await harness.store.leads.count()).toBe(1);
    expect(logged.join("\n")).not.toContain("ana@acme.io");
    expect((await handler(post(validLead(), "https://evil.example"))).status).toBe(403);
  });

  it("stores a booth lead whole: badge, staff input with the server's own decision, captured by and device id", async () => {
    const handler = app();
    const lead = {
      ...validLead({ channel: "kiosk" }),
      campaign: { type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" },
      badge: { raw: "MECARD:UID:RT26-7;;", format: "mecard", source: "scan", id: "RT26-7" },
      staff: { rating: "C", note: "Call after the show", followUp: ["send-material"], decision: null },
      capturedBy: "Ana Staff",
      deviceId: "device-7",
    };
    expect((await handler(post(lead))).status).toBe(202);
    expect(await harness.store.leads.find(lead.leadId)).toMatchObject({
      campaign: lead.campaign,
      badge: lead.badge,
      staff: { rating: "C", note: "Call after the show", followUp: ["send-material"], decision: { tier: "nurture", reason: "Staff rating C" } },
      capturedBy: "Ana Staff",
      deviceId: "device-7",
    });
  });

  it("serves the built widget cross-origin but nothing else from dist/", async () => {
    const handler = app();
    const widget = await handler(new Request(`${ORIGIN}/widget/lead-qualifier.js`));
    expect(widget.status).toBe(200);
    expect(widget.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expect(widget.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect((await handler(new Request(`${ORIGIN}/widget/cli.js`))).status).toBe(404);
    expect((await handler(new Request(`${ORIGIN}/widget/../cli.js`))).status).toBe(404);
  });

  it("serves the widget's modules in lq/ cross-origin, cached for good (their names change with their content)", async () => {
    const handler = app();
    const module = await handler(new Request(`${ORIGIN}/widget/lq/main-AbC_1.js`));
    expect(module.status).toBe(200);
    expect(module.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(module.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect((await handler(new Request(`${ORIGIN}/widget/lq/../cli.js`))).status).toBe(404);
    expect((await handler(new Request(`${ORIGIN}/widget/lq/missing.js`))).status).toBe(404);
  });

  it("serves the form configs it accepts leads for, and only those", async () => {
    const handler = app();
    const form = await handler(new Request(`${ORIGIN}/forms/analytics.json`));
    expect(await form.json()).toEqual(rawConfig);
    expect((await handler(new Request(`${ORIGIN}/forms/other.json`))).status).toBe(404);
  });

  it("serves the static pages with a CSP, but never the database folder inside them", async () => {
    const handler = app();
    const page = await handler(new Request(`${ORIGIN}/landing.html`));
    expect(page.status).toBe(200);
    expect(page.headers.get("Content-Security-Policy")).toBe("default-src 'self'");
    expect((await handler(new Request(`${ORIGIN}/data/leads.json`))).status).toBe(404);
  });

  it("serves the desk page with a strict CSP (no inline code, no framing, Trusted Types) and no data", async () => {
    const handler = app();
    const page = await handler(new Request(`${ORIGIN}/desk/`));
    const csp = page.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<style|style=/);
    expect((await handler(new Request(`${ORIGIN}/desk/assets/desk.js`))).status).toBe(200);
    expect((await handler(new Request(`${ORIGIN}/desk`))).headers.get("Location")).toBe("/desk/");
  });

  it("answers /healthz from the database, and 503 when it is gone", async () => {
    expect(await (await app()(new Request(`${ORIGIN}/healthz`))).text()).toBe("ok");
    const down = app({ ping: async () => { throw new Error("down"); } });
    expect((await down(new Request(`${ORIGIN}/healthz`))).status).toBe(503);
  });

  it("redirects / to the desk when there are no pages to serve", async () => {
    const handler = app({ staticDir: undefined });
    expect((await handler(new Request(`${ORIGIN}/`))).headers.get("Location")).toBe("/desk/");
  });
});
