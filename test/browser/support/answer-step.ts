import type { Locator, Page } from "playwright-core";

/** What a generic visitor types into text fields, by the field's autocomplete token. */
const TYPED: Record<string, string> = {
  email: "ana@acme-retail.example",
  name: "Ana Lima",
  organization: "Acme Retail",
  tel: "+49 30 1234567",
};

/**
 * Answers the widget's current step like a keen buyer would, whatever the questions are: the email,
 * name and company typed, the first option of every choice (the preset lists the strongest answer
 * first), the last option of a select, 250 for numbers, and the consent box ticked unless
 * `skipConsent`. Works for the inline form, the popup dialog and the kiosk (`tap` on touch pages).
 * Returns the step's heading and the name of its submit button (`Next` or `Submit`); does not click it.
 * With `autoAdvance` (kiosk), a picked radio moves on by itself: the button is then "".
 */
export async function answerStep(
  page: Page,
  options: { tap?: boolean; skipConsent?: boolean; autoAdvance?: boolean } = {},
): Promise<{ heading: string; button: string }> {
  const form = page.locator("form.lq-step");
  await form.waitFor();
  const heading = ((await form.locator("h2").textContent()) ?? "").trim();
  const press = (target: Locator) => (options.tap ? target.tap() : target.click());

  for (const input of await form.locator("input.lq-input").all()) {
    if ((await input.inputValue()) !== "") continue;
    const type = await input.getAttribute("type");
    const token = (await input.getAttribute("autocomplete")) ?? "";
    await input.fill(type === "number" ? "250" : type === "email" ? TYPED.email! : TYPED[token] ?? TYPED.organization!);
  }
  let advanced = false;
  for (const group of await form.locator("fieldset.lq-fieldset").all()) {
    if ((await group.locator("input:checked").count()) > 0) continue;
    await press(group.locator(".lq-choice").first());
    advanced ||= options.autoAdvance === true && (await group.locator("input[type=radio]").count()) > 0;
  }
  if (advanced) return { heading, button: "" };
  for (const select of await form.locator("select").all()) {
    const values = await select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await select.selectOption(values.at(-1)!);
  }
  const consent = form.locator(".lq-consent input");
  if (!options.skipConsent && (await consent.count()) > 0 && !(await consent.isChecked())) await press(consent);
  const button = ((await form.locator("button[type=submit]").textContent()) ?? "").trim();
  return { heading, button };
}

/** Waits until the step heading differs from `previous` (the next step) or the outcome shows. */
export async function nextScreen(page: Page, previous: string): Promise<void> {
  await page.waitForFunction(
    (previous) => {
      const root = document.querySelector("[data-lead-qualifier]")?.shadowRoot;
      if (!root) return false;
      if (root.querySelector(".lq-outcome")) return true;
      const heading = root.querySelector("form.lq-step h2")?.textContent?.trim();
      return heading !== undefined && heading !== previous;
    },
    previous,
  );
}
