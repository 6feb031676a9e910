import type { EnumerableStorage } from "./storage-like";

export interface SafeStorageOptions {
  /** Called once, the first time storage fails (default: console.warn). */
  warn?: (message: string, error: unknown) => void;
  /** Called once alongside `warn`, e.g. to emit the widget's "storage_unavailable" error event. */
  onUnavailable?: (error: unknown) => void;
}

/** An EnumerableStorage that never throws, plus whether it fell back to memory. */
export interface SafeStorage extends EnumerableStorage {
  readonly degraded: boolean;
}

/**
 * Wraps `localStorage` so that blocked storage (Safari private mode, third-party iframes with storage
 * disabled, a full quota, `SecurityError` on access) never throws into the page. On the first failure it
 * degrades to an in-memory overlay with ONE warning: writes go to memory, reads prefer memory and still
 * fall back to whatever the real storage can read. The lead is still sent; it just does not survive a reload.
 *
 * @example
 * const storage = safeStorage(() => window.localStorage);
 * storage.setItem("k", "v"); // never throws
 */
export function safeStorage(getStorage: () => Storage | EnumerableStorage, options: SafeStorageOptions = {}): SafeStorage {
  // A key mapped to null is a removal recorded in memory (a tombstone over the real storage).
  const overlay = new Map<string, string | null>();
  let degraded = false;

  const degrade = (error: unknown) => {
    if (degraded) return;
    degraded = true;
    (options.warn ?? ((m, e) => console.warn(m, e)))(
      "lead-qualifier: storage is unavailable; pending leads are kept in memory only for this page.",
      error,
    );
    options.onUnavailable?.(error);
  };

  const realGet = (key: string): string | null => {
    try {
      return getStorage().getItem(key);
    } catch (error) {
      degrade(error);
      return null;
    }
  };

  // Real keys (when readable) with the in-memory overlay applied: written keys added, tombstones removed.
  const allKeys = (): string[] => {
    const keys = new Set<string>();
    try {
      const real = getStorage();
      for (let i = 0; i < real.length; i++) {
        const key = real.key(i);
        if (key !== null) keys.add(key);
      }
    } catch (error) {
      degrade(error);
    }
    for (const [key, value] of overlay) {
      if (value === null) keys.delete(key);
      else keys.add(key);
    }
    return [...keys];
  };

  return {
    get degraded() {
      return degraded;
    },
    get length() {
      return allKeys().length;
    },
    key: (index) => allKeys()[index] ?? null,
    keys: allKeys,
    getItem(key) {
      if (degraded && overlay.has(key)) return overlay.get(key) ?? null;
      return realGet(key);
    },
    setItem(key, value) {
      if (!degraded) {
        try {
          getStorage().setItem(key, value);
          return;
        } catch (error) {
          degrade(error);
        }
      }
      overlay.set(key, value);
    },
    removeItem(key) {
      if (!degraded) {
        try {
          getStorage().removeItem(key);
          return;
        } catch (error) {
          degrade(error);
        }
      }
      overlay.set(key, null);
    },
  };
}
