// Progressive profiling on the BUILT script (run `npm run build` first): one visitor, several
// pages of the same origin, a real lead handler from dist/server.js behind /leads.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { eventually } from "./widget-helpers";

const LANDING = "/test/browser/pages/profile-landing.html";
const PRICING = "/test/browser/pages/profile-pricing.html";
const PROFILE_KEY = "lead-qualifier:profile:v1";
const CONSENT = "I agree that Acme may contact me about my request.";

const suite = useLeadSuite(["test/browser/pages/profile-form.json"]);

/** Moves this page's clock back, so the next page load (real time) starts a new visit (30 min gap). */
function hourAgo(page: Page) {
  return page.addInitScript(() => {
    const Real = Date;
    const shift = -60 * 60_000;
    class Shifted extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + shift);
        else super(...(args as [string]));
      }
      static override now() {
        return Real.now() + shift;
      }
    }
    globalThis.Date = Shifted as DateConstructor;
  });
}

const heading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true }).waitFor();
const next = (page: Page, name = "Next") => page.getByRole("button", { name, exact: true }).click();
const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

async function answerEmailAndRole(page: Page) {
  await heading(page, "Work email");
  await page.getByLabel("Work email").fill("ana@acme.io");
  await next(page);
  await heading(page, "Your role");
  await page.getByRole("radio", { name: "VP or head of department" }).check();
  await next(page);
}

async function answerCompanyAndSize(page: Page) {
  await heading(page, "Company");
  await page.getByLabel("Company", { exact: true }).fill("Acme");
  await next(page);
  await heading(page, "Company size");
  await page.getByLabel("Company size").selectOption("large");
  await next(page);
}

async function consentAndSubmit(page: Page) {
  await heading(page, CONSENT);
  await page.getByRole("checkbox", { name: CONSENT }).check();
  await next(page, "Submit");
}

async function firstVisit(context: BrowserContext) {
  const page = await context.newPage();
  await hourAgo(page);
  await page.goto(suite.server.origin + LANDING);
  await answerEmailAndRole(page);
  await answerCompanyAndSize(page);
  await consentAndSubmit(page);
  await eventually(() => suite.leads.length === 1);
  return page;
}

describe("a returning visitor across pages of one site", () => {
  it("is asked only new questions on another page, and lead 2 holds every answer with the same visitorId", async () => {
    suite.leads.length = 0;
    const { context, page: blank, errors } = await openPage(suite.browser);
    await blank.close();
    const landing = await firstVisit(context);
    const first = suite.leads[0]!;
    expect(Object.keys(first.answers).sort()).toEqual(["company", "consent", "email", "role", "size"]);
    expect(first.visitorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.context.visit).toBe(1);
    await landing.close();

    const page = await context.newPage();
    await page.goto(suite.server.origin + PRICING);
    await page.getByText("Welcome back, ana@acme.io").waitFor();
    await heading(page, "What do you want to improve?");
    expect(await page.getByRole("progressbar").getAttribute("aria-valuemax")).toBe("3");
    await page.getByRole("checkbox", { name: "Reporting" }).check();
    await next(page);
    await heading(page, "When do you want to start?");
    await page.getByRole("radio", { name: "Within a month" }).check();
    await next(page);
    await consentAndSubmit(page);
    await eventually(() => suite.leads.length === 2);
    const second = suite.leads[1]!;
    expect(second.answers).toEqual({
      email: "ana@acme.io", role: "vp", company: "Acme", size: "large", need: ["reporting"], timeframe: "now", consent: true,
    });
    expect(second.visitorId).toBe(first.visitorId);
    expect(second.context.visit).toBe(2);
    expect(second.profileComplete).toBe(true);
    expect(second.leadId).not.toBe(first.leadId);
    expect(second.scoreMismatch).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("forgets everything on Not you? and restarts the form at question 1", async () => {
    suite.leads.length = 0;
    const { context, page: blank } = await openPage(suite.browser);
    await blank.close();
    (await firstVisit(context)).close();
    const page = await context.newPage();
    await page.goto(suite.server.origin + PRICING);
    await page.getByRole("button", { name: "Not you?" }).click();
    await heading(page, "Work email");
    expect(await page.evaluate((key) => localStorage.getItem(key), PROFILE_KEY)).toBeNull();
    expect(await page.getByText(/Welcome back/).count()).toBe(0);
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    await page.reload();
    await heading(page, "Work email");
    expect(await page.getByText(/Welcome back/).count()).toBe(0);
    await context.close();
  });
});

describe("privacy and convenience", () => {
  it("under Global Privacy Control keeps nothing but the outbox and sends visitorId null", async () => {
    suite.leads.length = 0;
    const { context, page } = await openPage(suite.browser);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
    await page.goto(suite.server.origin + LANDING);
    await answerEmailAndRole(page);
    await answerCompanyAndSize(page);
    await consentAndSubmit(page);
    await eventually(() => suite.leads.length === 1);
    expect(suite.leads[0]?.visitorId).toBeNull();
    const keys = await storageKeys(page);
    // The outbox key (one per lead) may still be there while the 202 is on its way back.
    expect(keys.filter((key) => !/^lead-qualifier:(outbox:v1:profile-test:[0-9a-f-]{36}|delivered:v1:profile-test)$/.test(key))).toEqual([]);
    await context.close();
  });

  it("skips a question prefilled with ?lq_role=vp and sends its value", async () => {
    suite.leads.length = 0;
    const { context, page } = await openPage(suite.browser);
    await page.goto(suite.server.origin + LANDING + "?lq_role=vp");
    await heading(page, "Work email");
    await page.getByLabel("Work email").fill("ana@acme.io");
    await next(page);
    await answerCompanyAndSize(page);
    // The email is asked outside the budget; role was known, so the budget of 3 reaches one further question.
    await heading(page, "What do you want to improve?");
    await next(page);
    await consentAndSubmit(page);
    await eventually(() => suite.leads.length === 1);
    expect(suite.leads[0]?.answers.role).toBe("vp");
    expect(suite.leads[0]?.answers.email).toBe("ana@acme.io");
    await context.close();
  });

  it("keeps the answers and the step when the page is reloaded mid-form", async () => {
    const { context, page } = await openPage(suite.browser);
    await page.goto(suite.server.origin + LANDING);
    await answerEmailAndRole(page);
    await heading(page, "Company");
    await page.reload();
    await heading(page, "Company");
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("3");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await heading(page, "Your role");
    expect(await page.getByRole("radio", { name: "VP or head of department" }).isChecked()).toBe(true);
    await context.close();
  });
});
