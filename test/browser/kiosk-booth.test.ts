import { mkdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { outboxPrefix, readOutbox } from "./support/read-outbox";
import { useLeadSuite } from "./support/lead-suite";
import { axeViolations } from "./support/axe";
import { answerAll, BOOTH_PAGE, FORM_ID, openStaffPanel, TABLET, visibleTraces, type Visitor } from "./kiosk-flow";

const SHOTS = new URL("../../test-output/screenshots/", import.meta.url).pathname;
const suite = useLeadSuite(["test/browser/pages/kiosk-booth.json"], "/api/leads");
beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

const visitors: Visitor[] = [
  { role: "VP or head of department", timeframe: "Within a month", company: "Alpha Stores", email: "ana@alpha-stores.example" },
  { role: "Manager", timeframe: "Later", company: "Beta Markets", email: "ben@beta-markets.example" },
  { role: "Student", timeframe: "Later", company: "Gamma Uni", email: "gus@gamma-uni.example" },
];

describe("kiosk mode on a booth tablet (real Chromium, touch)", () => {
  it("keeps three visitors' leads while offline and delivers each exactly once when back online", async () => {
    const before = suite.leads.length;
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + BOOTH_PAGE);
    await page.getByRole("button", { name: "Start" }).waitFor();
    await context.setOffline(true);
    for (const visitor of visitors) {
      await answerAll(page, visitor);
      await page.getByRole("button", { name: "Done" }).tap();
    }
    const outbox = await readOutbox(page, FORM_ID);
    expect(JSON.stringify(outbox)).toContain("ana@alpha-stores.example");
    expect(suite.leads.length).toBe(before);

    await context.setOffline(false);
    await expect.poll(() => suite.leads.length - before, { timeout: 15_000 }).toBe(3);
    await page.waitForTimeout(1500);
    const mine = suite.leads.slice(before);
    expect(mine).toHaveLength(3);
    expect(new Set(mine.map((lead) => lead.leadId)).size).toBe(3);
    expect(mine.map((lead) => lead.answers.email).sort()).toEqual(visitors.map((v) => v.email).sort());
    for (const lead of mine) {
      expect(lead.channel).toBe("kiosk");
      expect(lead.campaign).toEqual({ type: "trade-show", name: "RetailTech 2026" });
      expect(lead.visitorId).toBeNull();
    }
    expect(mine.find((lead) => lead.answers.role === "student")?.score.tier).toBe("disqualified");
    await expect.poll(async () => JSON.stringify(await readOutbox(page, FORM_ID))).not.toContain("@");
    expect(errors.filter((e) => !e.includes("ERR_INTERNET_DISCONNECTED") && !e.includes("Failed to fetch"))).toEqual([]);
    await context.close();
  });

  it("leaves no answer on screen or in storage after an idle reset", async () => {
    const { context, page } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + BOOTH_PAGE);
    await page.getByRole("button", { name: "Start" }).tap();
    await page.getByRole("radio", { name: "VP or head of department" }).tap();
    await page.getByRole("radio", { name: "Within a month" }).tap();
    await page.getByLabel("Company").fill("Zebra Unique Holdings");
    const dialog = page.getByRole("alertdialog", { name: "Still there?" });
    await dialog.waitFor({ timeout: 8000 });
    expect(await dialog.getAttribute("aria-modal")).toBe("true");
    expect(await dialog.textContent()).toMatch(/Resetting in \d s/);
    await page.screenshot({ path: SHOTS + "kiosk-still-there.png" });
    await page.getByRole("button", { name: "Start" }).waitFor({ timeout: 8000 });

    const traces = await visibleTraces(page);
    expect(traces.text).not.toContain("Zebra Unique Holdings");
    expect(traces.text).not.toContain("Which best describes your role?");
    expect(traces.values.join("|")).not.toContain("Zebra");
    for (const [key, value] of [...Object.entries(traces.local), ...Object.entries(traces.session)]) {
      if (key.startsWith(outboxPrefix(FORM_ID))) continue;
      expect(value, key).not.toContain("Zebra");
      expect(value, key).not.toMatch(/"role"|"vp"/);
    }
    await page.getByRole("button", { name: "Start" }).tap();
    expect(await page.getByRole("radio", { name: "VP or head of department" }).isChecked()).toBe(false);
    await context.close();
  });

  it("guards the staff panel with the PIN, counts this device's leads and exports them all as CSV", async () => {
    const { context, page } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + BOOTH_PAGE);
    await answerAll(page, visitors[0]!);
    await page.getByRole("button", { name: "Done" }).tap();
    await answerAll(page, visitors[1]!);
    await page.getByRole("button", { name: "Done" }).tap();
    await expect.poll(async () => JSON.stringify(await readOutbox(page, FORM_ID))).not.toContain("@");
    await context.setOffline(true);
    await answerAll(page, visitors[2]!);
    await page.getByRole("button", { name: "Done" }).tap();

    await openStaffPanel(context, page, "1111");
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("Wrong PIN. Please try again.");
    await page.screenshot({ path: SHOTS + "kiosk-pin-pad.png" });
    for (const digit of "2468") await page.getByRole("button", { name: digit, exact: true }).tap();
    await page.getByRole("button", { name: "Unlock" }).tap();
    const panel = page.getByRole("dialog", { name: "Staff panel" });
    await panel.getByRole("button", { name: "Export CSV" }).waitFor();
    const stat = (label: string) => panel.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").textContent();
    expect(await stat("Captured")).toBe("3");
    expect(await stat("Pending")).toBe("1");
    expect(await stat("Failed")).toBe("0");
    expect(await stat("Sales-ready")).toBe("1");
    // The manager deciding later scores below the nurture threshold: set aside, never dropped.
    expect(await stat("Set aside")).toBe("2");
    expect(await panel.textContent()).not.toContain("@");
    await page.screenshot({ path: SHOTS + "kiosk-staff-panel.png" });
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Export CSV" }).tap()]);
    expect(download.suggestedFilename()).toMatch(/^lead-qualifier-kiosk-booth-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    const rows = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(rows[0]).toMatch(/^leadId,submittedAt,status,saved,deliveredAt,/);
    expect(rows[0]).toMatch(/,tier,total,.*,reasons,.*,consentText,consentAt,.*,answer:email.*,endpoint,lead$/);
    expect(rows).toHaveLength(1 + 3);
    expect(rows.filter((row) => row.includes(",delivered,"))).toHaveLength(2);
    expect(rows.filter((row) => row.includes(",pending,"))).toHaveLength(1);
    expect(csv).toContain("gus@gamma-uni.example");
    await context.close();
  });

  it("has no axe violations on the attract screen or a step, and looks right (screenshots)", async () => {
    const { context, page, errors } = await openPage(suite.browser, TABLET);
    await page.goto(suite.server.origin + BOOTH_PAGE);
    await page.getByRole("button", { name: "Start" }).waitFor();
    await page.screenshot({ path: SHOTS + "kiosk-attract.png" });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Start" }).tap();
    await page.getByRole("heading", { name: "Which best describes your role?" }).waitFor();
    // The tap on Start asked for full screen (the element inside the shadow root; the document sees its host).
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute("data-lead-qualifier") ?? false)).toBe(true);
    await page.screenshot({ path: SHOTS + "kiosk-step.png" });
    expect(await axeViolations(page)).toEqual([]);
    const sizes = await page.evaluate(() => {
      const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!;
      return [...root.querySelectorAll("button, label.lq-choice")].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => Math.min(r.width, r.height));
    });
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(48);
    const styles = await page.evaluate(() => {
      const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!;
      const kiosk = getComputedStyle(root.querySelector(".lq-kiosk-root")!);
      return { select: kiosk.userSelect, touch: kiosk.touchAction, position: kiosk.position, width: kiosk.width };
    });
    expect(styles).toEqual({ select: "none", touch: "manipulation", position: "fixed", width: "1024px" });

    await page.getByRole("radio", { name: "VP or head of department" }).tap();
    await page.getByRole("radio", { name: "Within a month" }).tap();
    expect(await page.getByLabel("Company").getAttribute("autocomplete")).toBe("off");
    await page.getByLabel("Company").fill("Alpha Stores");
    await page.getByRole("button", { name: "Next" }).tap();
    await page.getByLabel("Work email").fill("ana@alpha-stores.example");
    await page.getByRole("button", { name: "Submit" }).tap();
    await page.getByRole("button", { name: "Done" }).waitFor();
    await page.screenshot({ path: SHOTS + "kiosk-outcome.png" });
    expect(await axeViolations(page)).toEqual([]);
    // resetAfterSubmitSeconds is 3: the next visitor gets the attract screen by itself.
    await page.getByRole("button", { name: "Start" }).waitFor({ timeout: 6000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
