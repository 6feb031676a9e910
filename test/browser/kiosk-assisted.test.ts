import { mkdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { openStaffPanel, TABLET } from "./kiosk-flow";

const SHOTS = new URL("../../test-output/screenshots/", import.meta.url).pathname;
const PAGE = "/test/browser/pages/kiosk-assist.html";
const suite = useLeadSuite(["test/browser/pages/kiosk-assist.json"], "/api/leads");
beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

/** The visitor's part on the tablet, by touch: two taps, three typed answers, consent, Submit. */
async function visitorAnswers(page: Page, labels = { role: "Manager", timeframe: "Later", name: "Your name", company: "Company", email: "Work email", next: "Next", submit: "Submit" }) {
  await page.getByRole("radio", { name: labels.role }).tap();
  await page.getByRole("radio", { name: labels.timeframe }).tap();
  await page.getByLabel(labels.name).fill("Dana Visitor");
  await page.getByRole("button", { name: labels.next }).tap();
  await page.getByLabel(labels.company).fill("Delta Stores");
  await page.getByRole("button", { name: labels.next }).tap();
  await page.getByLabel(labels.email).fill("dana@delta-stores.example");
  await page.getByRole("button", { name: labels.next }).tap();
  await page.locator("[data-lead-qualifier] >> .lq-consent input").tap();
  await page.getByRole("button", { name: labels.submit }).tap();
}

describe("assisted kiosk: staff qualify with the visitor (real Chromium, 1024×768, touch)", () => {
  it("sends the visitor's answers with the staff's rating B and note, and counts the lead under the staff member", async () => {
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + PAGE);
    await page.getByRole("button", { name: "Start" }).tap();
    await visitorAnswers(page);

    // The visitor sees their outcome and hands the tablet back; nothing is sent before the staff step.
    const handoff = page.getByRole("button", { name: "Staff: rate this visit" });
    await handoff.waitFor();
    await page.waitForTimeout(300);
    expect(suite.leads.length).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: SHOTS + "kiosk-assisted-handoff.png" });
    await handoff.tap();

    const step = page.getByRole("dialog", { name: "Staff rating" });
    await step.waitFor();
    await step.getByLabel("Captured by").selectOption("Ben Staff");
    await step.getByRole("button", { name: "Save lead" }).tap();
    expect(await step.getByRole("alert").textContent()).toBe("Choose a rating, or skip.");
    await step.getByRole("radio", { name: /^B/ }).tap();
    await step.getByLabel("Note (for the follow-up)").fill("Runs 40 stores, wants pricing for Q1");
    await step.getByRole("checkbox", { name: "Book a demo" }).tap();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: SHOTS + "kiosk-assisted-staff-step.png" });
    await step.getByRole("button", { name: "Save lead" }).tap();

    await page.getByRole("button", { name: "Done" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    const lead = suite.leads.at(-1)!;
    expect(lead.answers).toMatchObject({ role: "manager", timeframe: "later", name: "Dana Visitor", company: "Delta Stores", email: "dana@delta-stores.example" });
    // Both: the visitor's own score and tier, and the staff's decision with its reason.
    expect(lead.score).toMatchObject({ tier: "disqualified", total: 20 });
    expect(lead.staff).toEqual({
      rating: "B",
      note: "Runs 40 stores, wants pricing for Q1",
      followUp: ["book-demo"],
      decision: { tier: "sales-later", total: 20, reason: "Staff rating B" },
    });
    expect(lead.capturedBy).toBe("Ben Staff");
    expect(lead.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lead.scoreMismatch).toBe(false);

    await page.getByRole("button", { name: "Done" }).tap();
    await openStaffPanel(context, page, "2468");
    const panel = page.getByRole("dialog", { name: "Staff panel" });
    await panel.getByRole("heading", { name: "Today per staff member" }).waitFor();
    const stat = (label: string) => panel.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").textContent();
    expect(await stat("Ben Staff")).toBe("1");
    expect(await panel.getByLabel("Captured by").inputValue()).toBe("Ben Staff");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: SHOTS + "kiosk-assisted-staff-panel.png" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sends the lead as the visitor left it when staff skip the rating", async () => {
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + PAGE);
    await page.getByRole("button", { name: "Start" }).tap();
    await visitorAnswers(page);
    await page.getByRole("button", { name: "Staff: rate this visit" }).tap();
    await page.getByRole("button", { name: "Skip rating" }).tap();
    await page.getByRole("button", { name: "Done" }).waitFor();
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    expect(suite.leads.at(-1)).not.toHaveProperty("staff");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets the visitor pick German at the attract screen, and the whole visit and its lead follow", async () => {
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + PAGE);
    const languages = page.getByRole("group", { name: "Language" });
    await languages.waitFor();
    expect(await languages.getByRole("button").allTextContents()).toEqual(["English", "Deutsch"]);
    expect(await page.getByText("Booth B12").count()).toBe(1);
    await languages.getByRole("button", { name: "Deutsch" }).tap();
    await page.getByRole("button", { name: "Starten" }).waitFor();
    expect(await page.getByRole("group", { name: "Sprache" }).getByRole("button", { name: "Deutsch" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByText("Stand B12").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: SHOTS + "kiosk-attract-german.png" });
    await page.getByRole("button", { name: "Starten" }).tap();
    await page.getByRole("heading", { name: "Was beschreibt Ihre Rolle am besten?" }).waitFor();
    await visitorAnswers(page, { role: "Manager/in", timeframe: "Später", name: "Ihr Name", company: "Unternehmen", email: "Geschäftliche E-Mail", next: "Weiter", submit: "Absenden" });
    await page.getByRole("button", { name: "Team: Besuch bewerten" }).tap();
    // The staff step speaks the booth's language, whatever the visitor picked.
    await page.getByRole("button", { name: "Skip rating" }).tap();
    await page.getByRole("button", { name: "Fertig" }).tap();
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    const lead = suite.leads.at(-1)!;
    expect(lead.context.locale).toBe("de");
    expect(lead.consent?.text).toBe("RetailTech darf mich zu seinen Produkten kontaktieren.");
    // The next visitor starts in the booth's language again.
    await page.getByRole("button", { name: "Start" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
