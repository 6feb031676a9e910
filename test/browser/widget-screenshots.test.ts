import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, openPage } from "./support/browser";

// Screenshots of the demo pages, served by the real demo server (demo/server.mjs, strict CSP),
// at phone and tablet width, for a person to look at: test-output/screenshots/ (git-ignored).
const ROOT = new URL("../../", import.meta.url);
const OUT = new URL("test-output/screenshots/", ROOT);
const VIEWPORTS = { phone: { width: 375, height: 740 }, tablet: { width: 1024, height: 768 } };

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

describe("demo pages", () => {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`landing page shows the inline form (${size})`, async () => {
      const { page, errors } = await openPage(browser, { viewport });
      await page.goto(`${origin}/landing.html`);
      await page.getByRole("heading", { level: 2, name: "Work email" }).waitFor();
      await page.screenshot({ path: new URL(`landing-${size}.png`, OUT).pathname, fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`contact page opens the sales dialog (${size})`, async () => {
      const { page, errors } = await openPage(browser, { viewport });
      await page.goto(`${origin}/contact.html`);
      await page.screenshot({ path: new URL(`contact-${size}.png`, OUT).pathname, fullPage: true });
      await page.getByRole("button", { name: "Talk to sales" }).click();
      await page.getByRole("dialog", { name: "Talk to sales" }).waitFor();
      await page.screenshot({ path: new URL(`contact-dialog-${size}.png`, OUT).pathname });
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`index page links every demo (${size})`, async () => {
      const { page, errors } = await openPage(browser, { viewport });
      await page.goto(`${origin}/`);
      for (const name of ["Landing page", "Contact page", "Trade-show kiosk", "Lead desk"]) {
        expect(await page.getByRole("link", { name }).count()).toBe(1);
      }
      await page.screenshot({ path: new URL(`index-${size}.png`, OUT).pathname, fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
