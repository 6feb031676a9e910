import type { Page } from "playwright-core";

/** The localStorage prefix of the fallback outbox of a form (also what versions before IndexedDB used). */
export const outboxPrefix = (formId: string) => `lead-qualifier:outbox:v1:${formId}:`;

export type StoredEntry = { status: string; attempts: number; lead: { leadId: string } & Record<string, any> } & Record<string, any>;

/**
 * Every undelivered lead of `formId` stored in the page's origin: the IndexedDB outbox (`lead-qualifier-outbox`)
 * plus any localStorage fallback entries, parsed. Reads storage directly, not the widget's memory.
 */
export function readOutbox(page: Page, formId: string): Promise<StoredEntry[]> {
  return page.evaluate(async ({ formId, prefix }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("lead-qualifier-outbox");
      request.onupgradeneeded = () => request.result.createObjectStore("entries");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stored = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction("entries", "readonly").objectStore("entries").getAll(IDBKeyRange.bound(`${formId}:`, `${formId}:\uffff`));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) stored.push(JSON.parse(localStorage.getItem(key) ?? "null"));
    }
    return stored as any[];
  }, { formId, prefix: outboxPrefix(formId) });
}
