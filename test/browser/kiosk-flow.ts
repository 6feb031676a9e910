import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";

/** The kiosk test form (test/browser/pages/kiosk-booth.json): 4 questions, idle reset after 5 s. */
export const BOOTH_CONFIG = JSON.parse(readFileSync(new URL("./pages/kiosk-booth.json", import.meta.url), "utf8"));
export const BOOTH_PAGE = "/test/browser/pages/kiosk-booth.html";
export const FORM_ID = "kiosk-booth";
/** A tablet at a booth: 1024×768, touch, mobile viewport rules. */
export const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, acceptDownloads: true };

export interface Visitor {
  role: string;
  timeframe: string;
  company: string;
  email: string;
}

/** One visitor at the tablet: Start, two taps (auto-advance), two typed answers, Submit. */
export async function answerAll(page: Page, visitor: Visitor) {
  await page.getByRole("button", { name: "Start" }).tap();
  await page.getByRole("radio", { name: visitor.role }).tap();
  await page.getByRole("heading", { name: "When are you planning to decide?" }).waitFor();
  await page.getByRole("radio", { name: visitor.timeframe }).tap();
  await page.getByLabel("Company").fill(visitor.company);
  await page.getByRole("button", { name: "Next" }).tap();
  await page.getByLabel("Work email").fill(visitor.email);
  await page.getByRole("button", { name: "Submit" }).tap();
  await page.getByRole("button", { name: "Done" }).waitFor();
}

/** A 2.2 s touch on the top-left corner, as real touch input (CDP), then the PIN on the pad. */
export async function openStaffPanel(context: BrowserContext, page: Page, pin: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: 20, y: 20 }] });
  await page.waitForTimeout(2200);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
  await page.getByLabel("Staff PIN").waitFor();
  for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("button", { name: "Unlock" }).tap();
}

/** Everything a later visitor could find: the shadow root's text, every field's value, both storages. */
export async function visibleTraces(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector("[data-lead-qualifier]")!;
    const root = host.shadowRoot!;
    const values = [...root.querySelectorAll("input, textarea, select")].map((el) => (el as HTMLInputElement).value);
    const dump = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? ""]));
    return { text: root.textContent ?? "", values, local: dump(localStorage), session: dump(sessionStorage) };
  });
}

