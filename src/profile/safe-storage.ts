import type { StorageLike } from "../delivery/storage-like";

// Storage throws in the wild: Safari private mode and full quotas throw on setItem, sandboxed
// iframes and disabled cookies throw on access, and another script may have written garbage
// under our key. None of that may reach the host page, so every access is wrapped here once.

/**
 * Reads and parses a JSON value; `undefined` when missing, unreadable or not JSON.
 *
 * @example readJson(localStorage, "lead-qualifier:profile:v1") // { visitorId: "…", … } | undefined
 */
export function readJson(storage: StorageLike | null, key: string): unknown {
  if (!storage) return undefined;
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Serializes and writes a JSON value; `false` when the storage refused it (quota, privacy mode).
 *
 * @example writeJson(sessionStorage, "lead-qualifier:draft:v1:acme", { role: "vp" }) // true
 */
export function writeJson(storage: StorageLike | null, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes a key, ignoring storage errors.
 *
 * @example removeKey(localStorage, "lead-qualifier:profile:v1")
 */
export function removeKey(storage: StorageLike | null, key: string): void {
  if (!storage) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a storage we cannot write to holds nothing we wrote.
  }
}
