import type { DeliveredRecord, OutboxEntry } from "../../../src/delivery/outbox-entry";
import { memoryTable, type Table } from "../../../src/delivery/table";

/** A Table that refuses writes while `full` is set, like a storage at its quota (deletes still work). */
export function quotaTable<T>(inner: Table<T> = memoryTable<T>("indexeddb")) {
  const state = { full: false };
  const map = (inner as { map?: Map<string, T> }).map;
  const refuse = () => Promise.reject(new DOMException("quota", "QuotaExceededError"));
  const table: Table<T> = {
    kind: inner.kind,
    get: (key) => inner.get(key),
    put: (key, value) => (state.full ? refuse() : inner.put(key, value)),
    update: (key, change) => (state.full ? inner.get(key).then((current) => (change(current) === null ? null : refuse())) : inner.update(key, change)),
    take: (key) => inner.take(key),
    scan: (prefix, size) => inner.scan(prefix, size),
  };
  return { table, state, inner: inner as Table<T> & { map?: Map<string, T> }, map };
}

/** The persistent tables of one simulated device: an "IndexedDB" per store, shared by every outbox opened on it. */
export function deviceTables() {
  return { entries: memoryTable<OutboxEntry>("indexeddb"), delivered: memoryTable<DeliveredRecord>("indexeddb") };
}
