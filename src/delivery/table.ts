/** Where a table keeps its records; the outbox reports it to the staff panel. */
export type TableKind = "indexeddb" | "localstorage" | "memory";

/**
 * The small async key-value API the outbox needs from a storage (IndexedDB, Web Storage, memory):
 * records under string keys, an atomic read-modify-write for leases, and a paged scan by key prefix
 * so thousands of records are read a page at a time instead of in one long task.
 * Writes reject when the storage refuses them (quota, blocked storage); the caller decides where to go next.
 */
export interface Table<T> {
  readonly kind: TableKind;
  get(key: string): Promise<T | undefined>;
  put(key: string, value: T): Promise<void>;
  /**
   * Atomically reads the record and writes what `change` returns; `null` leaves it as it is. `change`
   * sees `undefined` for a missing key. Resolves to the written value, or null when nothing was written.
   */
  update(key: string, change: (current: T | undefined) => T | null): Promise<T | null>;
  /** Atomically removes the record; resolves to what it held (undefined when it was not there). */
  take(key: string): Promise<T | undefined>;
  /** Every record whose key starts with `prefix`, in key order, `pageSize` at a time. */
  scan(prefix: string, pageSize: number): AsyncIterable<Array<[string, T]>>;
}

/**
 * A Table in memory: the last resort when no storage takes a write (the lead is then only as durable
 * as the page), and the fake storage of unit tests.
 *
 * @example
 * const table = memoryTable<string>();
 * await table.put("a", "1");
 */
export function memoryTable<T>(kind: TableKind = "memory"): Table<T> & { readonly map: Map<string, T> } {
  const map = new Map<string, T>();
  return {
    kind,
    map,
    get: async (key) => map.get(key),
    put: async (key, value) => void map.set(key, value),
    async update(key, change) {
      const next = change(map.get(key));
      if (next !== null) map.set(key, next);
      return next;
    },
    async take(key) {
      const value = map.get(key);
      map.delete(key);
      return value;
    },
    async *scan(prefix, pageSize) {
      const keys = [...map.keys()].filter((key) => key.startsWith(prefix)).sort();
      for (let i = 0; i < keys.length; i += pageSize) {
        const page = keys.slice(i, i + pageSize).flatMap((key): Array<[string, T]> => (map.has(key) ? [[key, map.get(key) as T]] : []));
        if (page.length > 0) yield page;
      }
    },
  };
}
