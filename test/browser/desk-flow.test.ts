import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { launchChromium, openPage, reportCspViolations } from "./support/browser";
import { signInToDesk, startDeskServe, submitVisitorLead } from "./support/desk";

// Issue 12's promise end to end, in real Chromium against the real `lead-qualifier serve`: a visitor's
// sales-ready lead reaches a signed-in rep's hot queue within 2 s without a reload, the rep claims it,
// the queue empties, and the report counts it as claimed within 5 minutes. Without a session: nothing.
let browser: Browser;
let serve: Awaited<ReturnType<typeof startDeskServe>>;

beforeAll(async () => {
  [browser, serve] = await Promise.all([launchChromium(), startDeskServe()]);
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

describe("the lead desk", () => {
  let rep: Page;
  let repErrors: string[];

  it("shows a visitor's sales-ready lead in the signed-in rep's hot queue within 2 s, without a reload", async () => {
    const opened = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    [rep, repErrors] = [opened.page, opened.errors];
    await reportCspViolations(opened.context);
    await signInToDesk(rep, serve.url);
    await rep.getByText("Nobody is waiting").waitFor();
    await rep.evaluate(() => ((window as unknown as { deskMarker: string }).deskMarker = "same page"));
    let navigations = 0;
    rep.on("framenavigated", () => navigations++);

    const visitor = await openPage(browser);
    const { status, acceptedAt } = await submitVisitorLead(visitor.page, serve.url, { email: "vera@buyer.example", name: "Vera Visitor", company: "Buyer GmbH", timeframe: "Within a month" });
    expect(status).toBe(202);

    const queue = rep.getByRole("list", { name: "Waiting for a call" });
    await queue.getByRole("link", { name: "Vera Visitor" }).waitFor({ timeout: 2000 });
    const elapsed = performance.now() - acceptedAt;
    console.log(`desk: lead visible in the hot queue ${elapsed.toFixed(0)} ms after the endpoint accepted it`);
    expect(elapsed).toBeLessThan(2000);
    expect(navigations).toBe(0);
    expect(await rep.evaluate(() => (window as unknown as { deskMarker?: string }).deskMarker)).toBe("same page");
    expect(await queue.textContent()).toMatch(/Respond within [0-4]:[0-5]\d/);
    expect(await queue.textContent()).toContain("web: sales-ready");
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });

  it("has no accessibility violations on the queue with a lead in it", async () => {
    expect(await axeViolations(rep)).toEqual([]);
  });

  it("claims the lead: it leaves the queue, and the claim shows who and how fast", async () => {
    await rep.getByRole("button", { name: "Claim Vera Visitor" }).click();
    await rep.getByRole("status").filter({ hasText: "You claimed Vera Visitor" }).waitFor();
    await rep.getByText("Nobody is waiting").waitFor();
    const claimed = rep.getByRole("list", { name: "Recently claimed" });
    expect(await claimed.textContent()).toMatch(/Ana Rep .* time to claim 0:\d\d/);
  });

  it("counts it in the report as claimed within 5 minutes", async () => {
    await rep.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Report" }).click();
    const stat = rep.locator(".stat", { hasText: "Claimed within 5 minutes" });
    await expect.poll(() => stat.textContent()).toMatch(/100%\s*1 of 1/);
    expect(await rep.locator(".stat", { hasText: "Median time to claim" }).textContent()).toMatch(/0:\d\d/);
    expect(await axeViolations(rep)).toEqual([]);
  });

  it("shows the contact with its answers and reasons, and keeps every other view accessible", async () => {
    const nav = rep.getByRole("navigation", { name: "Desk" });
    await nav.getByRole("link", { name: "All leads" }).click();
    await rep.getByRole("link", { name: "Vera Visitor" }).click();
    await rep.getByRole("heading", { level: 1, name: "Vera Visitor" }).waitFor();
    const page = await rep.locator("main").textContent();
    expect(page).toContain("Buying within a month");
    expect(page).toContain("Buyer GmbH");
    expect(page).toContain("Claimed by Ana Rep");
    expect(await axeViolations(rep)).toEqual([]);
    for (const view of ["All leads", "Audit"]) {
      await nav.getByRole("link", { name: view }).click();
      await rep.getByRole("heading", { level: 1, name: view }).waitFor();
      expect(await axeViolations(rep), view).toEqual([]);
    }
    // The one expected error: the session probe's 401 before signing in (Chromium logs every 4xx).
    expect(repErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    expect(repErrors.filter((e) => /status of 401/.test(e))).toHaveLength(1);
  });

  it("gives a second browser without a session nothing: the login, no names, 401 from the API", async () => {
    const stranger = await openPage(browser);
    await reportCspViolations(stranger.context);
    await stranger.page.goto(`${serve.url}/desk/`);
    await stranger.page.getByRole("button", { name: "Sign in" }).waitFor();
    expect(await stranger.page.content()).not.toMatch(/Vera|vera@buyer/);
    const api = await stranger.page.evaluate(async () => {
      const response = await fetch("/desk/api/contacts");
      return { status: response.status, body: await response.text() };
    });
    expect(api.status).toBe(401);
    expect(api.body).not.toMatch(/vera/i);
    expect(await axeViolations(stranger.page)).toEqual([]);
    await stranger.page.getByLabel("Name").fill("Eve");
    await stranger.page.getByLabel("Password").fill("guess");
    await stranger.page.getByRole("button", { name: "Sign in" }).click();
    await stranger.page.getByRole("alert").filter({ hasText: "Wrong name or password." }).waitFor();
    expect(stranger.errors.filter((e) => !/401/.test(e))).toEqual([]);
    await stranger.context.close();
  });
});
