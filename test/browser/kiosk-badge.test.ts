import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { openPage, reportCspViolations } from "./support/browser";
import { fakeCameraArgs, writeQrVideo } from "./support/fake-camera";
import { useLeadSuite } from "./support/lead-suite";
import { TABLET } from "./kiosk-flow";

// Chromium's fake camera plays this file; each test writes the badge it scans before opening the camera.
const folder = mkdtempSync(join(tmpdir(), "lq-badge-"));
const VIDEO = join(folder, "badge.y4m");
writeQrVideo(VIDEO, "MECARD:UID:placeholder;;");
const suite = useLeadSuite(["test/browser/pages/kiosk-badge.json"], "/api/leads", fakeCameraArgs(VIDEO));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PAGE = "/test/browser/pages/kiosk-badge.html";
const VCARD = ["BEGIN:VCARD", "VERSION:3.0", "N:Lima;Ana;;;", "FN:Ana Lima", "ORG:Acme Retail", "EMAIL;TYPE=work:ana@acme-retail.example", "TEL:+49 30 1234567", "END:VCARD"].join("\r\n");

/** Records every camera stream the page opens, so a test can check each was stopped. */
async function watchCameras(page: Page) {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { __streams: MediaStream[] }).__streams = streams;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      streams.push(stream);
      return stream;
    };
  });
}
const cameras = (page: Page) =>
  page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.map((s) => s.getTracks().map((t) => t.readyState)));

/** Every step heading until the outcome, answering the choices on the way (each screen read in one go, never mid-change). */
async function answerChoices(page: Page, answers: Record<string, string>): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const next = await page.waitForFunction((last) => {
      const root = document.querySelector("[data-lead-qualifier]")?.shadowRoot;
      if (root?.querySelector(".lq-outcome")) return { outcome: true, heading: "" };
      const heading = root?.querySelector("form.lq-step h2")?.textContent?.trim();
      return heading && heading !== last ? { outcome: false, heading } : null;
    }, seen.at(-1) ?? null);
    const screen = (await next.jsonValue()) as { outcome: boolean; heading: string };
    if (screen.outcome) return seen;
    seen.push(screen.heading);
    const answer = answers[screen.heading];
    if (answer === undefined) throw new Error(`unexpected question "${screen.heading}"`);
    const radio = page.getByRole("radio", { name: answer });
    if (await radio.count()) await radio.tap();
    else {
      await page.getByRole("textbox", { name: screen.heading }).fill(answer);
      await page.locator("[data-lead-qualifier] >> form.lq-step button[type=submit]").tap();
    }
  }
}

describe("badge scan at the kiosk (real Chromium, fake camera)", () => {
  it("prefills name, email and company from a vCard badge, skips those questions and keeps the raw badge on the lead", async () => {
    writeQrVideo(VIDEO, VCARD);
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await watchCameras(page);
    const decoder: string[] = [];
    page.on("request", (request) => void (request.url().includes("/lq/badge-decoder-") && decoder.push(request.url())));
    await page.goto(suite.server.origin + PAGE);
    await page.getByRole("button", { name: "Start" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(decoder).toEqual([]);
    await page.getByRole("button", { name: "Scan badge" }).tap();
    await page.getByRole("dialog", { name: "Scan badge" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The decoder came only now: Chromium on Linux has no BarcodeDetector, so the qr part reads the frames.
    await page.getByRole("status").filter({ hasText: "Badge: Ana Lima" }).waitFor({ timeout: 15_000 });
    expect(decoder).toHaveLength(1);
    expect(await page.getByRole("dialog", { name: "Scan badge" }).count()).toBe(0);
    expect(await cameras(page)).toEqual([["ended"]]);

    const asked = await answerChoices(page, { "Which best describes your role?": "VP or head of department", "When are you planning to decide?": "Within a month" });
    expect(asked).toEqual(["Which best describes your role?", "When are you planning to decide?"]);
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    const lead = suite.leads.at(-1)!;
    expect(lead.answers).toMatchObject({ name: "Ana Lima", company: "Acme Retail", email: "ana@acme-retail.example", role: "vp", timeframe: "now" });
    expect(lead.badge).toEqual({ raw: VCARD, format: "vcard", source: "scan" });
    expect(lead.campaign).toEqual({ type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" });
    expect(typeof lead.deviceId).toBe("string");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the attendee id of an id-only MeCard on the lead and asks every question", async () => {
    writeQrVideo(VIDEO, "MECARD:UID:RT26-004217;;");
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await watchCameras(page);
    await page.goto(suite.server.origin + PAGE);
    await page.getByRole("button", { name: "Scan badge" }).tap();
    await page.getByRole("status").filter({ hasText: "Badge: RT26-004217" }).waitFor({ timeout: 15_000 });
    const asked = await answerChoices(page, {
      "Which best describes your role?": "Manager",
      "When are you planning to decide?": "Later",
      "Your name": "Ben Okafor",
      Company: "Kite Logistics",
      "Work email": "ben@kite.example",
    });
    expect(asked).toHaveLength(5);
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    const lead = suite.leads.at(-1)!;
    expect(lead.badge).toEqual({ raw: "MECARD:UID:RT26-004217;;", format: "mecard", source: "scan", id: "RT26-004217" });
    expect(lead.answers).toMatchObject({ name: "Ben Okafor", email: "ben@kite.example" });
    expect(await cameras(page)).toEqual([["ended"]]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("uses the browser's own BarcodeDetector when it has one, and never loads the decoder then", async () => {
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await watchCameras(page);
    await page.addInitScript(() => {
      (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
        static async getSupportedFormats() {
          return ["qr_code"];
        }
        async detect() {
          return [{ rawValue: "MECARD:N:Okafor,Ben;EMAIL:ben@kite.example;ORG:Kite Logistics;;" }];
        }
      };
    });
    const decoder: string[] = [];
    page.on("request", (request) => void (request.url().includes("/lq/badge-decoder-") && decoder.push(request.url())));
    await page.goto(suite.server.origin + PAGE);
    await page.getByRole("button", { name: "Scan badge" }).tap();
    await page.getByRole("status").filter({ hasText: "Badge: Ben Okafor" }).waitFor({ timeout: 15_000 });
    const asked = await answerChoices(page, { "Which best describes your role?": "Student", "When are you planning to decide?": "Later" });
    expect(asked).toHaveLength(2);
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    expect(suite.leads.at(-1)).toMatchObject({ answers: { name: "Ben Okafor", company: "Kite Logistics" }, badge: { format: "mecard", source: "scan" } });
    expect(decoder).toEqual([]);
    expect(await cameras(page)).toEqual([["ended"]]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("scans under SPEC 9's strict Content-Security-Policy with Trusted Types 'none', with no violation", async () => {
    writeQrVideo(VIDEO, VCARD);
    suite.server.headers["Content-Security-Policy"] =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
    try {
      const before = suite.leads.length;
      const { context, page, errors } = await openPage(suite.browser, TABLET);
      await reportCspViolations(context);
      await page.goto(suite.server.origin + PAGE);
      await page.getByRole("button", { name: "Scan badge" }).tap();
      await page.getByRole("status").filter({ hasText: "Badge: Ana Lima" }).waitFor({ timeout: 15_000 });
      await answerChoices(page, { "Which best describes your role?": "VP or head of department", "When are you planning to decide?": "Within a month" });
      await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      delete suite.server.headers["Content-Security-Policy"];
    }
  });

  it("takes a typed badge id when the camera is refused", async () => {
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await page.goto(suite.server.origin + PAGE);
    await page.getByRole("button", { name: "Scan badge" }).tap();
    await page.getByText("The camera is not allowed here. Type the badge ID instead.").waitFor();
    await page.getByRole("button", { name: "Use this ID" }).tap();
    expect(await page.getByRole("alert").textContent()).toBe("Type the badge ID, or hold the badge up to the camera.");
    expect(await page.getByLabel("Or type the badge ID").getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL("../../test-output/screenshots/kiosk-badge-typed.png", import.meta.url).pathname });
    await page.getByLabel("Or type the badge ID").fill("RT26-000815");
    await page.getByRole("button", { name: "Use this ID" }).tap();
    await page.getByRole("status").filter({ hasText: "Badge: RT26-000815" }).waitFor();
    await answerChoices(page, {
      "Which best describes your role?": "Manager",
      "When are you planning to decide?": "Later",
      "Your name": "Cleo Typed",
      Company: "Typed GmbH",
      "Work email": "cleo@typed.example",
    });
    await expect.poll(() => suite.leads.length - before, { timeout: 10_000 }).toBe(1);
    expect(suite.leads.at(-1)!.badge).toEqual({ raw: "RT26-000815", format: "text", source: "typed", id: "RT26-000815" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
