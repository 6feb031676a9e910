// Contact first, on the BUILT script in real Chromium with the real lead handler (dist/server.js):
// the first visit's lead always carries the way to reach the person, and a sales-ready visitor
// can ask to be called now, which reaches sales as an update of the first lead.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { eventually, focused } from "./widget-helpers";

const BANT = "/test/browser/pages/contact-bant.html";
const WORTHLESS_EMAIL = "/test/browser/pages/contact-worthless-email.html";
const ONE_LINE = "/test/browser/pages/contact-one-line.html";
const PRESET_CONSENT = "I agree to be contacted about my request and to the processing of my data for this purpose.";

const suite = useLeadSuite([
  "test/browser/pages/contact-bant.json", "test/browser/pages/contact-worthless-email.json", "test/browser/pages/contact-one-line.json",
]);

const heading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true }).waitFor();
const next = (page: Page, name = "Next") => page.getByRole("button", { name, exact: true }).click();
const progressMax = (page: Page) => page.getByRole("progressbar").getAttribute("aria-valuemax");

async function pick(page: Page, title: string, option: string, role: "radio" | "checkbox" = "radio") {
  await heading(page, title);
  await page.getByRole(role, { name: option, exact: true }).check();
  await next(page);
}

async function type(page: Page, title: string, value: string) {
  await heading(page, title);
  await page.getByLabel(title, { exact: true }).fill(value);
  await next(page);
}

describe("contact questions on the first visit, in real Chromium", () => {
  it("with the bant preset, asks email, name and company first and the first lead carries all three", async () => {
    suite.leads.length = 0;
    const { context, page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.origin + BANT);
    await heading(page, "Work email");
    // 3 contact questions + the budget of 4 (role, need, budget, timeframe) + consent.
    expect(await progressMax(page)).toBe("8");
    await type(page, "Work email", "ana@acme.io");
    await type(page, "Your name", "Ana Example");
    await type(page, "Company", "Acme");
    await pick(page, "Which best describes your role?", "VP or head of department");
    await pick(page, "What do you want to improve?", "Reporting and insights", "checkbox");
    await pick(page, "Is there a budget for this?", "Yes, approved");
    await pick(page, "When do you want to get started?", "Within a month");
    await heading(page, PRESET_CONSENT);
    await page.getByRole("checkbox", { name: PRESET_CONSENT }).check();
    await next(page, "Submit");
    await heading(page, "Let's talk");
    await eventually(() => suite.leads.length === 1);
    const lead = suite.leads[0]!;
    expect(lead.answers).toMatchObject({ email: "ana@acme.io", name: "Ana Example", company: "Acme" });
    expect(lead.score).toMatchObject({ tier: "sales-ready", reasons: ["Buying within a month"] });
    expect(lead.scoreMismatch).toBe(false);
    expect(lead.supersedes).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("with an email worth nothing, read by no rule and maxNewQuestionsPerVisit 3, still asks for it first", async () => {
    suite.leads.length = 0;
    const { context, page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.origin + WORTHLESS_EMAIL);
    await heading(page, "Work email");
    expect(await progressMax(page)).toBe("5");
    await type(page, "Work email", "bo@beta.example");
    await pick(page, "Your role", "VP or head of department");
    await pick(page, "When do you want to start?", "Within a month");
    await pick(page, "Is there a budget?", "Yes, approved");
    await page.getByRole("checkbox", { name: "I agree that Acme may contact me about my request." }).check();
    await next(page, "Submit");
    await eventually(() => suite.leads.length === 1);
    const lead = suite.leads[0]!;
    expect(lead.score.tier).toBe("sales-ready");
    expect(lead.answers).toEqual({ email: "bo@beta.example", role: "vp", timeframe: "now", budget: "approved", consent: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a config with a lone product line, in real Chromium", () => {
  it("never asks which product, over two visits, and both leads carry the line", async () => {
    suite.leads.length = 0;
    const { context, page, errors } = await openPage(suite.browser);
    const consent = "I agree that Acme may contact me about my request.";
    // maxNewQuestionsPerVisit 1: the email (a contact question, outside the budget), one question, consent.
    await page.goto(suite.server.origin + ONE_LINE);
    await type(page, "Work email", "ana@acme.io");
    await pick(page, "Your role", "VP or head of department");
    await heading(page, consent);
    await page.getByRole("checkbox", { name: consent }).check();
    await next(page, "Submit");
    await eventually(() => suite.leads.length === 1);

    // The second visit asks the product line's own question at once: the line is known without asking.
    await page.goto(suite.server.origin + ONE_LINE);
    await pick(page, "Do you have a data warehouse?", "Yes");
    await heading(page, consent);
    await page.getByRole("checkbox", { name: consent }).check();
    await next(page, "Submit");
    await eventually(() => suite.leads.length === 2);

    const [first, second] = suite.leads;
    expect(first).toMatchObject({ productLine: "analytics", answers: { email: "ana@acme.io", role: "vp" } });
    expect(second).toMatchObject({ productLine: "analytics", supersedes: first!.leadId, answers: { warehouse: "yes" } });
    expect(second!.score.dimensions.fit).toBe(10);
    expect(await page.getByRole("radio", { name: "Analytics" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("call me now, in real Chromium", () => {
  it("sends the number as an update that supersedes the sales-ready lead, with zero axe violations", async () => {
    suite.leads.length = 0;
    const { context, page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.origin + BANT);
    await type(page, "Work email", "cy@corp.example");
    await type(page, "Your name", "Cy");
    await type(page, "Company", "Corp");
    await pick(page, "Which best describes your role?", "Owner or C-level");
    await pick(page, "What do you want to improve?", "Automating manual work", "checkbox");
    await pick(page, "Is there a budget for this?", "Planned, not yet approved");
    await pick(page, "When do you want to get started?", "Within a month");
    await page.getByRole("checkbox", { name: PRESET_CONSENT }).check();
    await next(page, "Submit");
    await heading(page, "Let's talk");
    // The outcome heading takes focus in an effect after render; typing must not race it.
    await eventually(async () => (await focused(page)).name === "Let's talk");
    await page.getByRole("form", { name: "Prefer a call right now?" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Tab to the number, type it, Enter submits the small form.
    await page.getByLabel("Your phone number").focus();
    await page.keyboard.type("+49 30 1234567");
    await page.keyboard.press("Enter");
    await page.getByText("Thanks! We'll call you at +49 30 1234567 within minutes.").waitFor();
    await eventually(() => suite.leads.length === 2);
    const [first, update] = suite.leads;
    expect(update).toMatchObject({
      supersedes: first!.leadId, previousTier: "sales-ready", priority: "immediate", visitorId: first!.visitorId, scoreMismatch: false,
    });
    expect(update!.answers).toEqual({ ...first!.answers, phone: "+49 30 1234567" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
