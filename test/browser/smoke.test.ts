import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, openPage } from "./support/browser";
import { startTestServer, type TestServer } from "./support/test-server";

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("loads the script-tag build in real Chromium and exposes window.LeadQualifier", async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/test/browser/pages/smoke.html`);
  expect(await page.evaluate(() => typeof (window as any).LeadQualifier)).toBe("object");
  expect(errors).toEqual([]);
});
