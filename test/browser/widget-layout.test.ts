import { describe, expect, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { answerStep, nextScreen } from "./support/answer-step";
import { axeViolations } from "./support/axe";
import { openPage } from "./support/browser";
import { installLayoutShiftProbe, readLayoutShift, widgetBox } from "./support/layout-probes";
import { useLeadSuite } from "./support/lead-suite";

const PAGES = "/test/browser/pages";
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
// Colours are read with getComputedStyle: without transitions they are final at once.
const STILL: BrowserContextOptions = { reducedMotion: "reduce" };

const suite = useLeadSuite(["test/browser/pages/widget-form.json", "test/browser/pages/contact-bant.json"]);

/** Left and right edges of a light-DOM element. */
function hostBox(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
}

/** Goes from the first step (email) to "Your role" on widget-form.json. */
async function toRoleStep(page: Page) {
  await page.getByLabel("Work email").fill("ana@acme.io");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { level: 2, name: "Your role" }).waitFor();
}

/** The computed colours of the choice labelled `name`. */
function choiceColours(page: Page, name: string) {
  return page.evaluate((name) => {
    const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!;
    const label = [...root.querySelectorAll(".lq-choice")].find((el) => el.textContent?.trim() === name)!;
    const style = getComputedStyle(label);
    return { background: style.backgroundColor, border: style.borderTopColor, check: getComputedStyle(label, "::after").content };
  }, name);
}

describe("the widget's layout on a host page", () => {
  for (const [size, options] of [["phone", PHONE], ["laptop", LAPTOP]] as const) {
    it(`lines up with the host column by default: left and right edges within 1 px (${size})`, async () => {
      const { page, errors } = await openPage(suite.browser, options);
      await page.goto(`${suite.server.origin}${PAGES}/widget-card.html`);
      await page.getByRole("heading", { level: 2, name: "Work email" }).first().waitFor();
      const column = await hostBox(page, "#card-title");
      for (const part of [".lq-form", "[role=progressbar]", "h2", "input[type=email]", ".lq-actions"]) {
        const box = await widgetBox(page, part, "#flush");
        expect(Math.abs(box.left - column.left), `${part} left`).toBeLessThanOrEqual(1);
        expect(Math.abs(box.right - column.right), `${part} right`).toBeLessThanOrEqual(1);
      }
      // --lq-inset and --lq-max-width on the host element: the page decides inset and width.
      const padded = await hostBox(page, "#padded-title");
      const input = await widgetBox(page, "input[type=email]", "#padded");
      expect(input.left - padded.left).toBeCloseTo(24, 0);
      expect(input.width).toBeCloseTo(Math.min(360, padded.right - padded.left) - 48, 0);
      if (size === "laptop") {
        // In a wide column the form starts at the column's edge and stops at 640 px, a readable width.
        const wide = await hostBox(page, "#wide-title");
        const form = await widgetBox(page, ".lq-form", "#wide");
        expect(Math.abs(form.left - wide.left)).toBeLessThanOrEqual(1);
        expect(form.width).toBeCloseTo(640, 0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const [size, options] of [["phone", PHONE], ["laptop", LAPTOP]] as const) {
    it(`keeps the host page still over a full run of the landing form: CLS <= 0.05, and the page below only ever moves down (${size})`, async () => {
      const { page, errors } = await openPage(suite.browser, options);
      await installLayoutShiftProbe(page);
      await page.goto(`${suite.server.origin}${PAGES}/widget-landing.html`);
      await page.getByRole("heading", { level: 2, name: "Work email" }).waitFor();
      const below: number[] = [];
      const heights: number[] = [];
      const record = async () => {
        below.push(await page.locator("#below").evaluate((el) => el.getBoundingClientRect().top + window.scrollY));
        heights.push(Math.round((await widgetBox(page, ".lq-form")).height));
      };
      const violations: Record<string, unknown[]> = {};
      for (;;) {
        await record();
        const { heading, button } = await answerStep(page, { tap: options.hasTouch === true });
        if (size === "phone") violations[heading] = await axeViolations(page);
        await page.getByRole("button", { name: button }).click();
        if (button === "Submit") break;
        await nextScreen(page, heading);
      }
      await page.locator(".lq-outcome").waitFor();
      await record();
      if (size === "phone") violations.outcome = await axeViolations(page);
      // Leave time for anything late (delivery, fonts) to move the page.
      await page.waitForTimeout(1000);
      const shift = await readLayoutShift(page);
      console.log(`landing form (${size}): CLS ${shift.cls.toFixed(4)}, input-driven shift ${shift.afterInput.toFixed(4)}; form height per step ${heights.join(" → ")} px`);
      expect(shift.cls).toBeLessThanOrEqual(0.05);
      for (let i = 1; i < below.length; i++) expect(below[i]!, `step ${i + 1}`).toBeGreaterThanOrEqual(below[i - 1]! - 0.5);
      for (const [step, list] of Object.entries(violations)) expect(list, step).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("shows a selected choice tinted and checked, and hover only as an outline of another colour", async () => {
    const { page } = await openPage(suite.browser, { ...LAPTOP, ...STILL });
    await page.goto(`${suite.server.origin}${PAGES}/widget-inline.html`);
    await toRoleStep(page);
    const plain = await choiceColours(page, "Student");
    await page.getByText("VP or head of department").click();
    await page.getByText("Manager").hover();
    const selected = await choiceColours(page, "VP or head of department");
    const hovered = await choiceColours(page, "Manager");
    expect(selected.background).not.toBe(plain.background);
    expect(hovered.background).not.toBe(plain.background);
    expect(selected.background).not.toBe(hovered.background);
    expect(selected.border).not.toBe(hovered.border);
    expect(selected.check).not.toBe("none");
    expect(hovered.check).toBe("none");
    await page.context().close();
  });

  it("leaves no hover look on a tapped option on a touch screen: ticked and unticked again, it looks untouched", async () => {
    const { page } = await openPage(suite.browser, { ...PHONE, ...STILL });
    await page.goto(`${suite.server.origin}${PAGES}/widget-phone.html`);
    await toRoleStep(page);
    await page.getByText("Manager").tap();
    await page.getByRole("button", { name: "Next" }).tap();
    await page.getByRole("heading", { level: 2, name: "What do you want to improve?" }).waitFor();
    const plain = await choiceColours(page, "Automation");
    const reporting = page.getByText("Reporting");
    await reporting.tap();
    expect((await choiceColours(page, "Reporting")).background).not.toBe(plain.background);
    await reporting.tap();
    // A phone keeps the last tapped element in :hover ("sticky hover"); the emulated tap does not, so hover it.
    await reporting.hover();
    expect(await reporting.evaluate((el) => el.closest("label")!.matches(":hover"))).toBe(true);
    expect(await page.evaluate(() => matchMedia("(hover: hover)").matches)).toBe(false);
    // ...but the widget draws hover only where a pointer can hover, so it looks like any other option.
    expect(await choiceColours(page, "Reporting")).toEqual(plain);
    await page.context().close();
  });

  it("does not show a full progress bar on the last question: it fills only when the answers are sent", async () => {
    const { page } = await openPage(suite.browser, LAPTOP);
    await page.goto(`${suite.server.origin}${PAGES}/widget-inline.html`);
    for (;;) {
      const { heading, button } = await answerStep(page);
      if (button === "Submit") break;
      await page.getByRole("button", { name: "Next" }).click();
      await nextScreen(page, heading);
    }
    const bar = page.getByRole("progressbar");
    expect(await bar.getAttribute("aria-valuetext")).toBe("Question 6 of 6");
    const segments = await page.evaluate(() => {
      const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!;
      const accent = getComputedStyle(root.querySelector(".lq-button-primary")!).backgroundColor;
      return [...root.querySelectorAll(".lq-progress-seg")].map((seg) => {
        const style = getComputedStyle(seg);
        return style.backgroundColor === accent && style.backgroundImage === "none";
      });
    });
    expect(segments).toEqual([true, true, true, true, true, false]);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.locator(".lq-outcome").waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await page.getByText("Answers received").isVisible()).toBe(true);
    await page.context().close();
  });

  it("popup: a full-screen sheet under 600 px wide, with zero axe violations on every step", async () => {
    const { page, errors } = await openPage(suite.browser, PHONE);
    await page.goto(`${suite.server.origin}${PAGES}/popup-phone.html`);
    await page.getByRole("button", { name: "Get started" }).tap();
    const dialog = page.getByRole("dialog", { name: "Get started" });
    await dialog.waitFor();
    for (;;) {
      const box = await dialog.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
      const { heading, button } = await answerStep(page, { tap: true });
      expect(await axeViolations(page), heading).toEqual([]);
      await page.getByRole("button", { name: button }).tap();
      if (button === "Submit") break;
      await nextScreen(page, heading);
    }
    await page.locator(".lq-outcome").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("popup: anchored at the top on a wide screen, so it does not re-centre from step to step", async () => {
    const { page } = await openPage(suite.browser, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${suite.server.origin}${PAGES}/widget-popup.html`);
    await page.getByRole("button", { name: "Get started" }).click();
    const dialog = page.getByRole("dialog", { name: "Get started" });
    await dialog.waitFor();
    const tops: number[] = [];
    for (;;) {
      tops.push((await dialog.boundingBox())!.y);
      const { heading, button } = await answerStep(page);
      if (button === "Submit") break;
      await page.getByRole("button", { name: "Next" }).click();
      await nextScreen(page, heading);
    }
    expect(new Set(tops)).toEqual(new Set([tops[0]]));
    expect((await dialog.boundingBox())!.width).toBeLessThan(1024);
    await page.context().close();
  });
});
