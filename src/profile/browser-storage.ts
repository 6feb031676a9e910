import type { StorageLike } from "../delivery/storage-like";

/**
 * Returns `window.localStorage` / `window.sessionStorage`, or `null` where merely touching it
 * throws (sandboxed iframes, cookies disabled, some privacy modes). The widget calls this once
 * and passes the result to `createProfileStore` / `createDraftStore`.
 *
 * @example createProfileStore({ storage: browserStorage(window, "localStorage"), now: Date.now, randomId })
 */
export function browserStorage(
  host: { localStorage?: StorageLike; sessionStorage?: StorageLike },
  kind: "localStorage" | "sessionStorage",
): StorageLike | null {
  try {
    return host[kind] ?? null;
  } catch {
    return null;
  }
}
