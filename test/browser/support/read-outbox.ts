import type { Page } from "playwright-core";

/** The outbox prefix of a form: each undelivered lead has its own key, prefix + leadId. */
export const outboxPrefix = (formId: string) => `lead-qualifier:outbox:v1:${formId}:`;

/** Every undelivered lead of `formId` in the page's localStorage (the outbox entries, parsed). */
export function readOutbox(page: Page, formId: string): Promise<Array<{ status: string; lead: { leadId: string } & Record<string, any> }>> {
  return page.evaluate((prefix) => {
    const entries = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) entries.push(JSON.parse(localStorage.getItem(key) ?? "null"));
    }
    return entries;
  }, outboxPrefix(formId));
}
