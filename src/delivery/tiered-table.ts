import { memoryTable, type Table, type TableKind } from "./table";

export interface TieredTableOptions {
  /**
   * Called when the first storage refuses a write (usually its quota): free room and resolve true to
   * have the write tried there once more (the outbox trims its delivered log, never a pending lead).
   */
  onFull?: () => Promise<boolean>;
  /** Called each time a write lands below the first storage (e.g. to warn once, or to show the staff). */
  onFallback?: (kind: TableKind, error: unknown) => void;
}

/** A Table over several storages, best first; memory is always the last. */
export interface TieredTable<T> extends Table<T> {
  /** Keys (with `prefix`) held only in memory: they do not survive a reload. */
  unsaved(prefix: string): string[];
  /** Whether any record may sit below the first storage (a fallback write happened or `scan` found one). */
  readonly degraded: boolean;
  /** The storage the latest write went to (the first one until a write is refused). */
  readonly kind: TableKind;
  /**
   * Moves up to `limit` records from lower storages into the best one that takes them; resolves to how
   * many moved. Called at every write while degraded, so space that frees up is used at once.
   */
  promote(prefix: string, limit: number): Promise<number>;
}

/**
 * Stores each record in the best storage that takes it: IndexedDB, then localStorage, then memory.
 * Reads look in every storage, best first. A record that had to go lower is moved back up by
 * `promote` as soon as the better storage takes writes again, so memory is only ever a stopgap.
 *
 * @example
 * const table = tieredTable([idbTable("db", "s"), webStorageTable(localStorage, { keyPrefix: "x:" })]);
 * await table.put("acme:7b0c", entry); // IndexedDB; localStorage when it is full; memory when both are
 */
export function tieredTable<T>(persistent: Array<Table<T>>, options: TieredTableOptions = {}): TieredTable<T> {
  const memory = memoryTable<T>();
  const tiers: Array<Table<T>> = [...persistent, memory];
  let degraded = false;
  let lastKind: TableKind = tiers[0]!.kind;

  /** Writes into the first storage from `from` on that takes it; memory always does. */
  const putFrom = async (from: number, key: string, value: T): Promise<void> => {
    for (let i = from; i < tiers.length; i++) {
      try {
        await tiers[i]!.put(key, value);
      } catch (error) {
        if (i === 0 && isQuotaError(error) && options.onFull && (await options.onFull().catch(() => false))) {
          try {
            await tiers[0]!.put(key, value);
          } catch {
            options.onFallback?.(tiers[1]!.kind, error);
            continue;
          }
        } else {
          if (i + 1 < tiers.length) options.onFallback?.(tiers[i + 1]!.kind, error);
          continue;
        }
      }
      if (i > 0) degraded = true;
      lastKind = tiers[i]!.kind;
      // A stale copy below would shadow nothing (reads go best first) but would come back on promote.
      for (let j = i + 1; j < tiers.length; j++) await tiers[j]!.take(key).catch(() => undefined);
      return;
    }
  };

  return {
    get kind() {
      return lastKind;
    },
    get degraded() {
      return degraded;
    },
    async get(key) {
      for (const tier of tiers) {
        const value = await tier.get(key).catch(() => undefined);
        if (value !== undefined) return value;
      }
      return undefined;
    },
    put: (key, value) => putFrom(0, key, value),
    async update(key, change) {
      for (let i = 0; i < tiers.length; i++) {
        let found = false;
        try {
          const written = await tiers[i]!.update(key, (current) => {
            if (current === undefined) return null;
            found = true;
            return change(current);
          });
          if (found) return written;
        } catch {
          if (!found) continue;
          // The record is stored here but the storage refused its new version (full): keep the stored
          // copy (an older state of a lead is still the lead) and hand the change back to the caller.
          const current = await tiers[i]!.get(key).catch(() => undefined);
          return current === undefined ? null : change(current);
        }
      }
      return null;
    },
    async take(key) {
      let first: T | undefined;
      for (const tier of tiers) {
        const value = await tier.take(key).catch(() => undefined);
        first ??= value;
      }
      return first;
    },
    async *scan(prefix, pageSize) {
      const seen = new Set<string>();
      for (let i = 0; i < tiers.length; i++) {
        try {
          for await (const page of tiers[i]!.scan(prefix, pageSize)) {
            const fresh = page.filter(([key]) => !seen.has(key));
            for (const [key] of fresh) seen.add(key);
            if (i > 0 && fresh.length > 0) degraded = true;
            if (fresh.length > 0) yield fresh;
          }
        } catch {
          // A storage that cannot be read (blocked, gone) holds nothing we can use.
        }
      }
    },
    unsaved: (prefix) => [...memory.map.keys()].filter((key) => key.startsWith(prefix)),
    async promote(prefix, limit) {
      let moved = 0;
      let left = false;
      for (let i = tiers.length - 1; i >= 1; i--) {
        for await (const page of tiers[i]!.scan(prefix, limit)) {
          for (const [key, value] of page) {
            if (moved >= limit) {
              left = true;
              break;
            }
            const to = await moveUp(tiers, i, key, value);
            if (to === -1) left = true;
            else {
              moved += 1;
              lastKind = tiers[to]!.kind;
            }
          }
          break;
        }
      }
      degraded = left || memory.map.size > 0;
      return moved;
    },
  };
}

/** Writes a record into the best storage above `from` that takes it (keeping a newer copy there), then drops the lower copy; resolves to that storage's index, or -1. */
async function moveUp<T>(tiers: Array<Table<T>>, from: number, key: string, value: T): Promise<number> {
  for (let i = 0; i < from; i++) {
    try {
      // Another tab may hold a newer version up there: keep it, the lower copy is then just stale.
      await tiers[i]!.update(key, (current) => (current === undefined ? value : null));
      await tiers[from]!.take(key);
      return i;
    } catch {
      // Still full or blocked: try the next storage down.
    }
  }
  return -1;
}

/** A storage that is full, as opposed to one that is blocked or gone (only then is trimming worth it). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}
