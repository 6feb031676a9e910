import { keysWithPrefix, type EnumerableStorage } from "./storage-like";
import type { Table } from "./table";

export interface WebStorageTableOptions<T> {
  /** Prepended to every key, e.g. `lead-qualifier:outbox:v1:` (the format of the localStorage-only outbox). */
  keyPrefix: string;
  /** Records that fail this are set aside (raw copy under `lead-qualifier:corrupt:v1:<key>`) and skipped. */
  isValid?: (value: unknown) => value is T;
  warn?: (message: string) => void;
}

/**
 * A Table over Web Storage (localStorage): one JSON text per key, the outbox's fallback when IndexedDB
 * cannot be opened or is full. Its keys are the ones the localStorage outbox always used
 * (`lead-qualifier:outbox:v1:<formId>:<leadId>`), so leads an older version stored are read as they are.
 * Web Storage is synchronous, so `update` is atomic within a tab; across tabs the Idempotency-Key
 * keeps a rare double send harmless. Unreadable text is never destroyed: it is copied aside with one warning.
 *
 * @example
 * const table = webStorageTable(localStorage, { keyPrefix: "lead-qualifier:outbox:v1:" });
 */
export function webStorageTable<T>(storage: EnumerableStorage, options: WebStorageTableOptions<T>): Table<T> {
  const { keyPrefix } = options;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const warned = new Set<string>();

  const read = (key: string): T | undefined => {
    const storageKey = keyPrefix + key;
    const raw = storage.getItem(storageKey);
    if (raw === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (value !== undefined && (!options.isValid || options.isValid(value))) return value as T;
    if (!warned.has(raw)) {
      warned.add(raw);
      const aside = `lead-qualifier:corrupt:v1:${storageKey}`;
      try {
        storage.setItem(aside, raw);
      } catch {
        // A full storage cannot take the copy either; the original text stays where it is.
      }
      warn(`lead-qualifier: unreadable data in ${storageKey}; skipped, raw copy in ${aside}`);
    }
    return undefined;
  };
  const write = (key: string, value: T) => storage.setItem(keyPrefix + key, JSON.stringify(value));

  return {
    kind: "localstorage",
    get: async (key) => read(key),
    put: async (key, value) => write(key, value),
    async update(key, change) {
      const next = change(read(key));
      if (next !== null) write(key, next);
      return next;
    },
    async take(key) {
      const value = read(key);
      if (value !== undefined) storage.removeItem(keyPrefix + key);
      return value;
    },
    async *scan(prefix, pageSize) {
      const keys = keysWithPrefix(storage, keyPrefix + prefix).map((k) => k.slice(keyPrefix.length)).sort();
      for (let i = 0; i < keys.length; i += pageSize) {
        const page = keys.slice(i, i + pageSize).flatMap((key): Array<[string, T]> => {
          const value = read(key);
          return value === undefined ? [] : [[key, value]];
        });
        if (page.length > 0) yield page;
      }
    },
  };
}
