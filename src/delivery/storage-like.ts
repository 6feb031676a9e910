/**
 * The part of the Web Storage API the outbox needs. `localStorage`, `sessionStorage`, a Map wrapper
 * in tests and the in-memory fallback of {@link safeStorage} all fit.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A plain in-memory StorageLike (tests, kiosks with storage disabled).
 *
 * @example
 * const storage = memoryStorage();
 * storage.setItem("a", "1");
 */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { dump(): Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    dump: () => Object.fromEntries(map),
  };
}
