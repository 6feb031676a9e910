import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { axeViolations } from "./support/axe";
import { eventually, focused, tabTo } from "./widget-helpers";

const PAGES = "/test/browser/pages";

const suite = useLeadSuite(["test/browser/pages/widget-form.json"]);

/** Boxes of the widget's key parts, relative to the widget's own container. */
function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-lead-qualifier]")!.shadowRoot!;
    const origin = root.querySelector(".lq-container")!.getBoundingClientRect();
    const box = (selector: string) => {
      const el = root.querySelector(selector)!;
      const r = el.getBoundingClientRect();
      return { x: r.x - origin.x, y: r.y - origin.y, w: r.width, h: r.height, visible: el.checkVisibility() };
    };
    return { heading: box("h2"), input: box("input[type=email]"), next: box("button[type=submit]"), progress: box("[role=progressbar]") };
  });
}

/** Compares the widget's key boxes on `pageName` with the plain page, within a pixel. */
async function expectSameLayout(pageName: string) {
  const plain = await openPage(suite.browser, { viewport: { width: 800, height: 900 } });
  await plain.page.goto(`${suite.server.origin}${PAGES}/widget-inline.html`);
  await plain.page.getByRole("button", { name: "Next" }).waitFor();
  const other = await openPage(suite.browser, { viewport: { width: 800, height: 900 } });
  await other.page.goto(`${suite.server.origin}${PAGES}/${pageName}`);
  await other.page.getByRole("button", { name: "Next" }).waitFor();
  try {
    const expected = await layout(plain.page);
    const actual = await layout(other.page);
    expect(actual.next.visible).toBe(true);
    for (const part of Object.keys(expected) as Array<keyof typeof expected>) {
      for (const key of ["x", "y", "w", "h"] as const) {
        expect(Math.abs(actual[part][key] - expected[part][key]), `${part}.${key}`).toBeLessThanOrEqual(1);
      }
    }
  } finally {
    await plain.page.context().close();
    await other.page.context().close();
  }
}

describe("the widget on someone else's page", () => {
  it("keeps its layout and its buttons on a page with aggressive global CSS", async () => {
    await expectSameLayout("widget-hostile.html");
  });

  it("keeps its size when the host page sets a large root font size (rem inside the shadow root follows it)", async () => {
    await expectSameLayout("widget-root-font.html");
  });

  it("popup: the launcher opens a modal dialog, Tab wraps inside it, Escape closes it and focus returns", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(`${suite.server.origin}${PAGES}/widget-popup.html`);
    await tabTo(page, (f) => f.tag === "button" && f.name === "Get started");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Get started" });
    await dialog.waitFor();
    expect(await dialog.getAttribute("aria-modal")).toBe("true");
    expect((await focused(page)).type).toBe("email");
    expect(await axeViolations(page)).toEqual([]);

    // Forward: from the email field, Tab must come back to it without ever leaving the dialog.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      seen.push(`${f.tag}:${f.name}`);
      if (f.type === "email") break;
    }
    expect(seen.at(-1)).toBe("input:Work email");
    expect(seen).toContain("button:Close");
    expect(seen).not.toContain("a:A link after the widget");
    // Backward: Shift+Tab from the first control (Close) wraps to the last (Next).
    await tabTo(page, (f) => f.name === "Close");
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toMatchObject({ tag: "button", name: "Next" });

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await focused(page)).toMatchObject({ tag: "button", name: "Get started" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a notice for a broken config and an unreachable one, logs the issues, and the page keeps working", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(`${suite.server.origin}${PAGES}/widget-broken.html`);
    const notices = page.getByRole("status").filter({ hasText: "This form could not be loaded." });
    await eventually(async () => (await notices.count()) === 2);

    const invalid = errors.find((e) => e.includes('the form config "#bad-config" is invalid'));
    expect(invalid).toMatch(/\n {2}id: /);
    expect(invalid).toMatch(/\n {2}endpoint: /);
    expect(invalid).toMatch(/\n {2}questions\[0\]\.options\[0\]\.value: /);
    expect(errors.some((e) => e.includes("does-not-exist.json: HTTP 404"))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Host page button" }).click();
    expect(await page.locator("#host-output").textContent()).toBe("1");
    expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await page.context().close();
  });

  it("mounts one widget when the script is loaded twice, and mounts a placeholder added later", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(`${suite.server.origin}${PAGES}/widget-twice.html`);
    await page.locator("#late").waitFor({ state: "attached" });
    await eventually(async () => (await page.getByRole("heading", { name: "Work email" }).count()) === 2);
    const containers = await page.evaluate(() =>
      [...document.querySelectorAll("[data-lead-qualifier]")].map((el) => el.shadowRoot?.querySelectorAll(".lq-container").length));
    expect(containers).toEqual([1, 1]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reports events as DOM CustomEvents and to dataLayer, without answer values", async () => {
    suite.leads.length = 0;
    const { page } = await openPage(suite.browser);
    await page.addInitScript(() => {
      (window as any).__events = [];
      for (const name of ["ready", "step", "answer", "qualified", "submit", "delivered", "error"]) {
        document.addEventListener(`lead-qualifier:${name}`, () => (window as any).__events.push(name));
      }
    });
    await page.goto(`${suite.server.origin}${PAGES}/widget-inline.html`);
    await page.getByLabel("Work email").fill("ana@acme.io");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Your role" }).waitFor();
    const events: string[] = await page.evaluate(() => (window as any).__events);
    expect(events.slice(0, 3)).toEqual(["ready", "step", "answer"]);
    expect(events).toContain("step");
    const dataLayer: Array<Record<string, unknown>> = await page.evaluate(() => (window as any).dataLayer);
    expect(dataLayer[0]).toEqual({ event: "lead_qualifier_ready", formId: "widget-test" });
    expect(dataLayer.map((e) => e.event)).toContain("lead_qualifier_answer");
    expect(JSON.stringify(dataLayer)).not.toContain("ana@acme.io");
    await page.context().close();
  });
});
