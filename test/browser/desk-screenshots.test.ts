import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations } from "./support/axe";
import { launchChromium, openPage, reportCspViolations } from "./support/browser";
import { DESK_PASSWORD, signInToDesk } from "./support/desk";
import { seedDesk } from "./support/desk-seed";
import { spawnServe, type SpawnedServe } from "../serve/support/spawn-serve";

// The desk with two weeks of realistic leads, at desktop and phone width, for people to look at.
// `UPDATE_SCREENSHOTS=1 npx vitest run test/browser/desk-screenshots.test.ts` refreshes the README's
// images in docs/images/; a normal run writes to test-output/screenshots/desk/ (git-ignored).
const ROOT = new URL("../../", import.meta.url);
const OUT = process.env.UPDATE_SCREENSHOTS ? new URL("docs/images/", ROOT) : new URL("test-output/screenshots/desk/", ROOT);
const VIEWPORTS = { desktop: { width: 1280, height: 860 }, phone: { width: 390, height: 844 } };

let browser: Browser;
let serve: SpawnedServe;
let dir: string;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  dir = await mkdtemp(join(tmpdir(), "lq-desk-shots-"));
  await seedDesk(join(dir, "db"));
  [browser, serve] = await Promise.all([
    launchChromium(),
    spawnServe(["--forms", "demo/forms", "--data-dir", join(dir, "db")], { DESK_PASSWORD }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("desk screenshots", () => {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`shows every view with seeded leads, accessibly and within the CSP (${size})`, async () => {
      const { context, page, errors } = await openPage(browser, { viewport, deviceScaleFactor: size === "phone" ? 2 : 1 });
      await reportCspViolations(context);
      await signInToDesk(page, serve.url);
      const queue = page.getByRole("list", { name: "Waiting for a call" });
      await queue.getByRole("listitem").nth(2).waitFor();
      expect(await queue.getByRole("listitem").count()).toBe(3);
      expect(await page.locator(".queue-item.overdue").count()).toBe(1);
      await page.screenshot({ path: new URL(`desk-queue-${size}.png`, OUT).pathname, fullPage: size === "desktop" });
      expect(await axeViolations(page)).toEqual([]);

      const nav = page.getByRole("navigation", { name: "Desk" });
      for (const [view, file] of [["All leads", "leads"], ["Audit", "audit"], ["Report", "report"]] as const) {
        await nav.getByRole("link", { name: view }).click();
        await page.getByRole("heading", { level: 1, name: view }).waitFor();
        await page.screenshot({ path: new URL(`desk-${file}-${size}.png`, OUT).pathname, fullPage: true });
        expect(await axeViolations(page), view).toEqual([]);
      }
      await nav.getByRole("link", { name: "All leads" }).click();
      await page.getByRole("link", { name: "Amara Okafor" }).click();
      await page.getByRole("heading", { level: 1, name: "Amara Okafor" }).waitFor();
      expect(await page.locator("main").textContent()).toContain("kiosk: nurture → web: sales-ready");
      await page.screenshot({ path: new URL(`desk-contact-${size}.png`, OUT).pathname, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      // A booth visitor the staff rated: the At the booth section beside the visitor's own score.
      await nav.getByRole("link", { name: "All leads" }).click();
      await page.getByRole("link", { name: "Lena Vogel" }).click();
      const booth = page.getByRole("region", { name: "At the booth" });
      await booth.waitFor();
      const fact = (label: string) => booth.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").textContent();
      expect(await fact("Captured by")).toBe("Ben Staff");
      expect(await fact("Staff rating")).toBe("B");
      expect(await fact("Staff decision")).toBe("sales-later score 45 (Staff rating B)");
      expect(await fact("Staff note")).toBe("Runs 12 dairies, wants a pilot in Q1");
      expect(await fact("Badge id")).toBe("RT26-004217");
      expect(await booth.getByRole("heading", { level: 3 }).textContent()).toContain("RetailTech 2026, booth B12");
      await page.screenshot({ path: new URL(`desk-booth-${size}.png`, OUT).pathname, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      // No sideways scrolling of the page itself on a phone (tables scroll in their own region).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
      await context.close();
    });
  }
});
