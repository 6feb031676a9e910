/**
 * The part of the Web Storage API that lead-qualifier's stores need: the outbox and attribution here,
 * the visitor profile and the session draft in `profile/`. `localStorage`, `sessionStorage`, a Map
 * wrapper in tests and the in-memory fallback of {@link safeStorage} all fit.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A StorageLike that can also list its keys, as Web Storage does: the outbox finds its per-lead keys with it. */
export interface EnumerableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
  /** Optional one-pass listing of every key, for wrappers whose `key(i)` is not O(1) (see safeStorage). */
  keys?(): string[];
}

/** Every key of an EnumerableStorage that starts with `prefix` (never throws). */
export function keysWithPrefix(storage: EnumerableStorage, prefix: string): string[] {
  const keys: string[] = [];
  try {
    if (storage.keys) return storage.keys().filter((key) => key.startsWith(prefix));
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Blocked storage enumerates as empty, like it reads as empty.
  }
  return keys;
}

/**
 * A plain in-memory EnumerableStorage (tests, kiosks with storage disabled).
 *
 * @example
 * const storage = memoryStorage();
 * storage.setItem("a", "1");
 */
export function memoryStorage(initial: Record<string, string> = {}): EnumerableStorage & { dump(): Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    dump: () => Object.fromEntries(map),
  };
}
