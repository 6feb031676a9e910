import { createStore, promisifyRequest } from "idb-keyval";
import type { Table } from "./table";

/**
 * A Table in one IndexedDB object store (its own database, as idb-keyval's `createStore` wants).
 * Records are stored as structured clones, not JSON text. `update` and `take` run in one readwrite
 * transaction, and IndexedDB runs overlapping readwrite transactions one at a time across every tab
 * of the origin: that makes a lease taken with `update` a real cross-tab lock.
 *
 * @example
 * const outbox = idbTable<OutboxEntry>("lead-qualifier-outbox", "entries");
 * await outbox.put("acme:7b0c", entry);
 */
export function idbTable<T>(dbName: string, storeName: string): Table<T> {
  const store = createStore(dbName, storeName);
  return {
    kind: "indexeddb",
    get: (key) => store("readonly", (s) => promisifyRequest(s.get(key) as IDBRequest<T | undefined>)),
    put: (key, value) =>
      store("readwrite", (s) => {
        s.put(value, key);
        return promisifyRequest(s.transaction);
      }),
    update: (key, change) =>
      store("readwrite", (s) => {
        let written: T | null = null;
        const request = s.get(key);
        request.onsuccess = () => {
          written = change(request.result as T | undefined);
          if (written !== null) s.put(written, key);
        };
        // Resolves only once the transaction committed: a quota failure rejects instead of pretending.
        return promisifyRequest(s.transaction).then(() => written);
      }),
    take: (key) =>
      store("readwrite", (s) => {
        let value: T | undefined;
        const request = s.get(key);
        request.onsuccess = () => {
          value = request.result as T | undefined;
          if (value !== undefined) s.delete(key);
        };
        return promisifyRequest(s.transaction).then(() => value);
      }),
    async *scan(prefix, pageSize) {
      // Keys after `prefix` and before prefix + U+FFFF: every key that starts with it (ours are ASCII).
      let lower = IDBKeyRange.bound(prefix, prefix + "\uffff");
      for (;;) {
        const page = await store("readonly", async (s) => {
          const [keys, values] = await Promise.all([
            promisifyRequest(s.getAllKeys(lower, pageSize)),
            promisifyRequest(s.getAll(lower, pageSize) as IDBRequest<T[]>),
          ]);
          return keys.map((key, i): [string, T] => [String(key), values[i] as T]);
        });
        if (page.length === 0) return;
        yield page;
        if (page.length < pageSize) return;
        lower = IDBKeyRange.bound(page[page.length - 1]![0], prefix + "\uffff", true);
      }
    },
  };
}
