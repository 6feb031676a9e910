// Shared by the test/browser/widget-*.test.ts files: keyboard-only driving and polling.
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The focused element, looking through open shadow roots, described by tag, type and visible name. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const el = active as HTMLInputElement | null;
    const label = el?.labels?.[0]?.textContent ?? el?.textContent ?? "";
    return { tag: el?.tagName.toLowerCase() ?? "", type: el?.type ?? "", name: label.replace(/\s+/g, " ").trim() };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 25, key = "Tab") {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (match(await focused(page))) return;
  }
  throw new Error(`focus never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

const button = (name: string) => (f: { tag: string; name: string }) => f.tag === "button" && f.name === name;

/**
 * Completes test/browser/pages/widget-form.json with the keyboard only (Tab, Space, arrows,
 * Enter; no clicks), calling `onStep` on every step and on the outcome (e.g. to run axe).
 */
export async function completeByKeyboard(page: Page, onStep: (name: string) => Promise<void> = async () => {}) {
  let first = true;
  const step = async (heading: string) => {
    await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    // After Next the widget moves focus to the new heading in an effect after render (never on the
    // first render). Tabbing before that lands races it: under load the focus jumped back to the
    // heading after Tab had reached the control, and the Space or typing went nowhere.
    if (!first) await eventually(async () => (await focused(page)).tag === "h2");
    first = false;
    await onStep(heading);
  };
  await step("Work email");
  await tabTo(page, (f) => f.type === "email");
  await page.keyboard.type("ana@acme.io");
  await page.keyboard.press("Enter");

  await step("Your role");
  await tabTo(page, (f) => f.type === "radio");
  await page.keyboard.press("ArrowDown"); // arrows move and check: Manager
  await page.keyboard.press("ArrowUp"); // back to VP
  await tabTo(page, button("Next"));
  await page.keyboard.press("Enter");

  await step("What do you want to improve?");
  await tabTo(page, (f) => f.type === "checkbox" && f.name === "Reporting");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.type === "checkbox" && f.name === "Automation");
  await page.keyboard.press("Space");
  await tabTo(page, button("Next"));
  await page.keyboard.press("Enter");

  await step("Company size");
  await tabTo(page, (f) => f.tag === "select");
  await page.keyboard.type("50"); // type-ahead picks "50 people or more"
  await tabTo(page, button("Next"));
  await page.keyboard.press("Enter");

  await step("When do you want to start?");
  await tabTo(page, (f) => f.type === "radio");
  await page.keyboard.press("Space");
  await tabTo(page, button("Next"));
  await page.keyboard.press("Enter");

  await step("I agree that Acme may contact me about my request.");
  await tabTo(page, (f) => f.type === "checkbox");
  await page.keyboard.press("Space");
  await tabTo(page, button("Submit"));
  await page.keyboard.press("Enter");

  await step("Let's talk now");
}

/** Waits until `check` returns true (polling), for things that happen after the page's own timers. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("condition not met in time");
}

/** The lead completeByKeyboard sends, as the real handler stores it (server score, no mismatch). */
export function expectTheHotLead(lead: Record<string, any> | undefined) {
  expect(lead?.answers).toEqual({
    email: "ana@acme.io", role: "vp", need: ["reporting", "automation"], size: "large", timeframe: "now", consent: true,
  });
  expect(lead?.score.tier).toBe("sales-ready");
  expect(lead?.score.total).toBe(85);
  expect(lead?.score.reasons).toEqual(["Buying within a month"]);
  expect(lead?.scoreMismatch).toBe(false);
}
