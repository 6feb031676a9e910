import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { answerStep, nextScreen } from "./support/answer-step";
import { launchChromium, openPage } from "./support/browser";
import { installLayoutShiftProbe, readLayoutShift } from "./support/layout-probes";

// Screenshots of every demo page and widget state, served by the real demo server (demo/server.mjs,
// strict CSP), at a phone, a tablet and a laptop size, for a person to look at before a release:
// test-output/screenshots/<page>-<state>-<size>.png (git-ignored). The demo stores its leads in a scratch database.
const ROOT = new URL("../../", import.meta.url);
const OUT = new URL("test-output/screenshots/", ROOT);
const SIZES: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  tablet: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true },
  laptop: { viewport: { width: 1366, height: 900 } },
};

let browser: Browser;
let demo: ChildProcess;
let origin: string;
let dataDir: string;
beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  // A scratch database: the demo's own (demo/data/) may be in use by a running `npm run demo`.
  dataDir = await mkdtemp(join(tmpdir(), "lq-demo-shots-"));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  demo = spawn(process.execPath, ["demo/server.mjs"], { cwd: ROOT.pathname, env: { ...process.env, PORT: String(port), DEMO_DATA_DIR: dataDir }, stdio: "pipe" });
  origin = await new Promise<string>((resolve, reject) => {
    demo.stdout?.on("data", (chunk: Buffer) => {
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString())?.[0];
      if (url) resolve(url);
    });
    demo.on("exit", (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (demo && demo.exitCode === null) {
    const exited = new Promise((resolve) => demo.once("exit", resolve));
    demo.kill();
    await exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Saves `<name>-<size>.png`; `full` captures the whole page, else the viewport (what a visitor sees). */
function shoot(page: Page, name: string, size: string, full = false) {
  return page.screenshot({ path: new URL(`${name}-${size}.png`, OUT).pathname, fullPage: full, animations: "disabled" });
}

/** The form's own part of the page: the host element's box (inline), for focused shots. */
async function scrollToWidget(page: Page) {
  await page.locator("[data-lead-qualifier]").first().scrollIntoViewIfNeeded();
}

describe("demo screenshots", () => {
  for (const [size, options] of Object.entries(SIZES)) {
    const touch = options.hasTouch === true;

    it(`index page lists every demo (${size})`, async () => {
      const { page, errors } = await openPage(browser, options);
      await page.goto(`${origin}/`);
      for (const name of ["Landing page", "Contact page", "Trade-show kiosk", "Lead desk"]) {
        expect(await page.getByRole("link", { name }).count()).toBe(1);
      }
      await shoot(page, "index", size, true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`landing page: every step, a selected choice, the consent error, the outcome and a returning visitor (${size})`, async () => {
      const { page, errors } = await openPage(browser, options);
      await installLayoutShiftProbe(page);
      await page.goto(`${origin}/landing.html`);
      await page.getByRole("heading", { level: 2, name: "Work email" }).waitFor();
      await shoot(page, "landing-first-step", size, true);
      let step = 0;
      for (;;) {
        step++;
        await scrollToWidget(page);
        const { heading, button } = await answerStep(page, { tap: touch, skipConsent: true });
        const choice = page.locator(".lq-choice.is-selected").first();
        if ((await choice.count()) > 0 && !touch && step < 6) {
          // Hover a neighbour, so the shot shows selected and hover side by side.
          await page.locator(".lq-choice:not(.is-selected)").first().hover();
        }
        if (button === "Submit") {
          await page.getByRole("button", { name: "Submit" }).click();
          await page.getByText("Please give your consent to continue.").waitFor();
          await shoot(page, "landing-consent-error", size);
          await answerStep(page, { tap: touch });
          await shoot(page, "landing-last-step", size);
          await page.getByRole("button", { name: "Submit" }).click();
          break;
        }
        await shoot(page, `landing-step-${step}`, size);
        await page.getByRole("button", { name: "Next" }).click();
        await nextScreen(page, heading);
      }
      await page.locator(".lq-outcome").waitFor();
      await scrollToWidget(page);
      await shoot(page, "landing-outcome", size);
      // The real landing page, run through once: the host page must not jump (issue 14: CLS <= 0.05).
      const shift = await readLayoutShift(page);
      console.log(`demo landing page (${size}): CLS ${shift.cls.toFixed(4)}`);
      expect(shift.cls).toBeLessThanOrEqual(0.05);
      await page.reload();
      await page.getByRole("button", { name: "Not you?" }).waitFor();
      await scrollToWidget(page);
      await shoot(page, "landing-welcome-back", size);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`contact page: the launcher, the dialog on its first and a later step, and its outcome (${size})`, async () => {
      const { page, errors } = await openPage(browser, options);
      await page.goto(`${origin}/contact.html`);
      await page.getByRole("button", { name: "Talk to sales" }).waitFor();
      await shoot(page, "contact", size, true);
      await page.getByRole("button", { name: "Talk to sales" }).click();
      await page.getByRole("dialog", { name: "Talk to sales" }).waitFor();
      await shoot(page, "contact-dialog", size);
      for (let step = 1; ; step++) {
        const { heading, button } = await answerStep(page, { tap: touch });
        if (step === 4) await shoot(page, "contact-dialog-choice", size);
        await page.getByRole("button", { name: button }).click();
        if (button === "Submit") break;
        await nextScreen(page, heading);
      }
      await page.locator(".lq-outcome").waitFor();
      await shoot(page, "contact-dialog-outcome", size);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`kiosk: attract screen, a question, the outcome with the giveaway, and the staff panel (${size})`, async () => {
      const { page, errors } = await openPage(browser, options);
      await page.goto(`${origin}/kiosk.html`);
      const start = page.getByRole("button", { name: "Start" });
      await start.waitFor();
      await page.locator(".lq-attract-image").evaluate((img: HTMLImageElement) => img.decode());
      await shoot(page, "kiosk-attract", size);
      await (touch ? start.tap() : start.click());
      for (let step = 1; ; step++) {
        const { heading, button } = await answerStep(page, { tap: touch, autoAdvance: true });
        if (step === 1) await shoot(page, "kiosk-question", size);
        if (button !== "") await page.getByRole("button", { name: button }).click();
        if (button === "Submit") break;
        await nextScreen(page, heading);
      }
      await page.getByRole("button", { name: "Done" }).waitFor();
      await shoot(page, "kiosk-outcome", size);
      await page.keyboard.press("Control+Alt+KeyS");
      await page.getByLabel("Staff PIN").fill("2468");
      await page.getByRole("button", { name: "Unlock" }).click();
      await page.getByRole("dialog", { name: "Staff panel" }).waitFor();
      await shoot(page, "kiosk-staff-panel", size);
      expect(errors.filter((e) => !e.includes("fullscreen"))).toEqual([]);
      await page.context().close();
    });

  }
});
