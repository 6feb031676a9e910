import type { Answers } from "../config/types";
import { sanitizeAnswers } from "./sanitize-answers";
import type { StorageLike } from "../delivery/storage-like";
import { readJson, removeKey, writeJson } from "./safe-storage";

export interface DraftStoreOptions {
  /** `browserStorage(window, "sessionStorage")`: per tab, so a draft never outlives the tab. */
  storage: StorageLike | null;
  formId: string;
}

export interface DraftStore {
  load(): Answers;
  save(answers: Answers): void;
  clear(): void;
}

/**
 * The answers in progress for one form in this tab, so a reload does not lose them. Save on every
 * answer; clear on submit and on reset (kiosk idle reset included). Unlike the profile it keeps
 * every answer, free text too, because it never leaves the tab's session. Never throws; corrupt
 * or unreadable data loads as `{}`.
 *
 * @example
 * const draft = createDraftStore({ storage: sessionStorage, formId: "acme-analytics" });
 * draft.save({ role: "vp" });
 * draft.load(); // { role: "vp" }
 */
export function createDraftStore({ storage, formId }: DraftStoreOptions): DraftStore {
  const key = draftKey(formId);
  return {
    load: () => sanitizeAnswers(readJson(storage, key)),
    save: (answers) => {
      writeJson(storage, key, answers);
    },
    clear: () => removeKey(storage, key),
  };
}

/**
 * The session-storage key of a form's draft.
 *
 * @example draftKey("acme-analytics") // "lead-qualifier:draft:v1:acme-analytics"
 */
export function draftKey(formId: string): string {
  return `lead-qualifier:draft:v1:${formId}`;
}
