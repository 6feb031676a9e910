import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPage } from "./support/browser";
import { startTestServer, type TestServer } from "./support/test-server";
import { completeByKeyboard, eventually, realLeadReceiver } from "./widget-helpers";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGE = "/test/browser/pages/widget-inline.html";

let browser: Browser;
let server: TestServer;
let leads: Array<Record<string, any>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  const receiver = await realLeadReceiver(server, ["test/browser/pages/widget-form.json"]);
  leads = receiver.leads;
  server.routes.push(receiver.route);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function expectTheHotLead(lead: Record<string, any> | undefined) {
  expect(lead?.answers).toEqual({
    email: "ana@acme.io", role: "vp", need: ["reporting", "automation"], size: "large", timeframe: "now", consent: true,
  });
  expect(lead?.score.tier).toBe("sales-ready");
  expect(lead?.score.total).toBe(85);
  expect(lead?.score.reasons).toEqual(["Buying within a month"]);
  expect(lead?.scoreMismatch).toBe(false);
}

describe("a visitor on a plain page", () => {
  it("completes the form with the keyboard only and the endpoint receives the scored lead", async () => {
    leads.length = 0;
    const { page, errors } = await openPage(browser);
    await page.goto(server.origin + PAGE);
    await completeByKeyboard(page);
    const cta = page.getByRole("link", { name: /Book a meeting/ });
    expect(await cta.getAttribute("href")).toBe("https://cal.example.com/acme?email=ana%40acme.io");
    await eventually(() => leads.length === 1);
    expectTheHotLead(leads[0]);
    expect(leads[0]?.consent).toMatchObject({ given: true, text: "I agree that Acme may contact me about my request." });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has zero axe-core violations on every step and on the outcome", async () => {
    const { page } = await openPage(browser);
    await page.goto(server.origin + PAGE);
    await page.addScriptTag({ path: AXE });
    const report: Record<string, unknown[]> = {};
    await completeByKeyboard(page, async (step) => {
      report[step] = await axeViolations(page);
    });
    expect(Object.keys(report)).toHaveLength(7);
    for (const violations of Object.values(report)) expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe("under a strict Content-Security-Policy", () => {
  const policies = {
    "self-only": "default-src 'self'; style-src 'self'; connect-src 'self'",
    "SPEC 9 with Trusted Types":
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
      "require-trusted-types-for 'script'; trusted-types 'none'",
  };
  for (const [name, policy] of Object.entries(policies)) {
    it(`renders styled and submits with no violations (${name})`, async () => {
      leads.length = 0;
      server.headers["Content-Security-Policy"] = policy;
      try {
        const { page, errors } = await openPage(browser);
        await page.addInitScript(() => {
          (window as any).__violations = [];
          document.addEventListener("securitypolicyviolation", (e) =>
            (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(server.origin + PAGE);
        const next = page.getByRole("button", { name: "Next" });
        await next.waitFor();
        expect(await next.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 95, 255)");
        await completeByKeyboard(page);
        await eventually(() => leads.length === 1);
        expectTheHotLead(leads[0]);
        expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      } finally {
        delete server.headers["Content-Security-Policy"];
      }
    });
  }
});

async function axeViolations(page: Page) {
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    return result.violations.map((v: any) => ({ id: v.id, help: v.help, targets: v.nodes.map((n: any) => n.target) }));
  });
}
