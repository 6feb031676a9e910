import { describe, expect, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { answerStep, nextScreen } from "./support/answer-step";
import { axeViolations } from "./support/axe";
import { openPage } from "./support/browser";
import { widgetBox } from "./support/layout-probes";
import { useLeadSuite } from "./support/lead-suite";

// The booth look (test/browser/pages/kiosk-look.json: attract screen with logo, image and brand colour).
const PAGE = "/test/browser/pages/kiosk-look.html";
const SIZES: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  tablet: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true },
  laptop: { viewport: { width: 1366, height: 900 } },
};

const suite = useLeadSuite(["test/browser/pages/kiosk-look.json"], "/api/leads");

/** Start, then every question (taps, auto-advance), calling `each` on every step before it is answered. */
async function runVisit(page: Page, touch: boolean, each: (heading: string) => Promise<void> = async () => {}) {
  const start = page.getByRole("button", { name: "Start" });
  await (touch ? start.tap() : start.click());
  for (;;) {
    await page.locator("form.lq-step").waitFor();
    const heading = ((await page.locator("form.lq-step h2").textContent()) ?? "").trim();
    await each(heading);
    const { button } = await answerStep(page, { tap: touch, autoAdvance: true });
    if (button !== "") await page.getByRole("button", { name: button }).click();
    if (button === "Submit") break;
    await nextScreen(page, heading);
  }
  await page.getByRole("button", { name: "Done" }).waitFor();
}

describe("the kiosk's look", () => {
  for (const [size, options] of Object.entries(SIZES)) {
    const touch = options.hasTouch === true;

    it(`attract screen: the brand colour fills the screen, Start is in view and does not move while the pictures load (${size})`, async () => {
      const { page, errors } = await openPage(suite.browser, options);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/demo/booth/*.svg", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(suite.server.origin + PAGE);
      const start = page.getByRole("button", { name: "Start" });
      await start.waitFor();
      const before = await start.boundingBox();
      release();
      await page.locator(".lq-attract-image").evaluate((img: HTMLImageElement) => img.decode());
      await page.locator(".lq-attract-logo").evaluate((img: HTMLImageElement) => img.decode());
      const after = await start.boundingBox();
      expect(after).toEqual(before);
      const viewport = options.viewport!;
      expect(after!.y).toBeGreaterThanOrEqual(0);
      expect(after!.y + after!.height).toBeLessThanOrEqual(viewport.height);
      const colours = await page.evaluate(() => {
        const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!.querySelector(".lq-kiosk-root")!;
        return { background: getComputedStyle(root).backgroundColor, text: getComputedStyle(root).color };
      });
      expect(colours).toEqual({ background: "rgb(10, 92, 54)", text: "rgb(255, 255, 255)" });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`keeps the progress bar in the same place on every question, and Done in view on the outcome (${size})`, async () => {
      const { page, errors } = await openPage(suite.browser, options);
      await page.goto(suite.server.origin + PAGE);
      const tops: number[] = [];
      await runVisit(page, touch, async () => {
        tops.push((await widgetBox(page, "[role=progressbar]")).top);
      });
      expect(tops.length).toBe(5);
      expect(new Set(tops)).toEqual(new Set([tops[0]]));
      const done = (await page.getByRole("button", { name: "Done" }).boundingBox())!;
      expect(done.y + done.height).toBeLessThanOrEqual(options.viewport!.height);
      const sizes = await page.evaluate(() => {
        const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!;
        const px = (selector: string) => parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize);
        return { message: px(".lq-outcome-message"), countdown: px(".lq-countdown") };
      });
      expect(sizes.countdown).toBeLessThan(sizes.message);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("uses booth-sized progress text (at least 18 px) on every question", async () => {
    const { page } = await openPage(suite.browser, SIZES.tablet);
    await page.goto(suite.server.origin + PAGE);
    await runVisit(page, true, async (heading) => {
      const px = parseFloat(await page.locator(".lq-progress-text").evaluate((el) => getComputedStyle(el).fontSize));
      expect(px, heading).toBeGreaterThanOrEqual(18);
    });
    await page.context().close();
  });

  it("has zero axe violations on every question, the outcome, 'Still there?', the PIN pad and the staff panel", async () => {
    const { page, errors } = await openPage(suite.browser, SIZES.tablet);
    await page.goto(suite.server.origin + PAGE);
    const report: Record<string, unknown[]> = {};
    await runVisit(page, true, async (heading) => {
      report[heading] = await axeViolations(page);
    });
    report.outcome = await axeViolations(page);
    await page.keyboard.press("Control+Alt+KeyS");
    await page.getByLabel("Staff PIN").waitFor();
    report["PIN pad"] = await axeViolations(page);
    await page.getByLabel("Staff PIN").fill("2468");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("dialog", { name: "Staff panel" }).waitFor();
    report["staff panel"] = await axeViolations(page);
    await page.getByRole("button", { name: "Close staff panel" }).click();
    await page.getByRole("button", { name: "Done" }).tap();
    await page.getByRole("button", { name: "Start" }).tap();
    await page.locator("form.lq-step").waitFor();
    await page.getByRole("alertdialog", { name: "Still there?" }).waitFor({ timeout: 10_000 });
    report["Still there?"] = await axeViolations(page);
    for (const [screen, violations] of Object.entries(report)) expect(violations, screen).toEqual([]);
    expect(Object.keys(report)).toHaveLength(5 + 4);
    expect(errors.filter((e) => !e.includes("fullscreen"))).toEqual([]);
    await page.context().close();
  });
});
