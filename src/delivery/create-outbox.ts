import { isObject } from "../config/raw-view";
import type { Lead } from "../config/types";
import type { DeliveredRecord, OutboxEntry, OutboxError } from "./outbox-entry";
import type { StorageLike } from "./storage-like";
import type { Table, TableKind } from "./table";
import { tieredTable } from "./tiered-table";

export type { DeliveredRecord, OutboxEntry, OutboxError, OutboxStatus } from "./outbox-entry";

/** Where this device keeps the outbox right now, for the staff panel and warnings. */
export interface OutboxStorageState {
  /** Where the latest write went: "memory" means it did not survive a reload. */
  kind: TableKind;
  /** Leads of this form held in memory only (no storage took them): they are lost on reload until saved. */
  unsaved: string[];
}

export interface Outbox {
  readonly formId: string;
  /**
   * Reads this form's leads and delivered log from storage into memory, a page at a time with a pause
   * between pages (a kiosk with thousands of leads renders first and reads in the background), and moves
   * leads an older version kept in localStorage into IndexedDB. Call at start; again to see other tabs' leads.
   */
  load(): Promise<void>;
  /** Whether `load()` completed at least once (before that, `entries()` may miss stored leads). */
  readonly loaded: boolean;
  /** Stores a lead as pending; await it BEFORE any network attempt. `entries()` shows it at once. */
  put(lead: Lead): Promise<OutboxEntry>;
  get(leadId: string): OutboxEntry | undefined;
  /** Every undelivered lead, oldest first (pending, sending and failed), as this tab last saw them. */
  entries(): OutboxEntry[];
  /** Leads that may be attempted at `at`: pending and due, or "sending" with an expired lease (a crashed tab). */
  due(at: number, options?: { ignoreBackoff?: boolean; liveOwners?: ReadonlySet<string> | null }): OutboxEntry[];
  /**
   * Takes a lease on a lead so that only one tab sends it (atomic in storage): succeeds when the lead is
   * pending, or "sending" with an expired lease, one held by `owner`, or one whose owner is not among
   * `liveOwners` (tabs still open, when the browser can tell). Resolves to the claimed entry, or null.
   */
  claim(leadId: string, owner: string, leaseMs: number, liveOwners?: ReadonlySet<string> | null): Promise<OutboxEntry | null>;
  /** Back to pending after a retryable failure; `attempts` + 1. */
  markRetry(leadId: string, error: OutboxError, nextAttemptAt: number): Promise<OutboxEntry | null>;
  /** Refused for good; kept with status "failed". */
  markFailed(leadId: string, error: OutboxError): Promise<OutboxEntry | null>;
  /** Removes a lead after a 2xx and logs it. Resolves to null when it was already gone (another send won). */
  markDelivered(leadId: string): Promise<DeliveredRecord | null>;
  /** Drops a tab's lease (e.g. on pagehide) so another tab can send at once. */
  release(leadId: string, owner: string): Promise<void>;
  /** Puts a failed lead back in the queue (a staff "retry" after fixing the endpoint). */
  requeue(leadId: string): Promise<boolean>;
  /** Delivered leads of this form on this device, oldest first (kiosk: all of them; else the latest `historyLimit`). */
  history(): DeliveredRecord[];
  storage(): OutboxStorageState;
  /** Tries to move leads held in memory (or localStorage) back into the best storage; every write does it too. */
  save(): Promise<void>;
  /** Calls `listener` after every change this tab sees; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface CreateOutboxOptions {
  formId: string;
  now: () => number;
  /** Storages for undelivered leads, best first (IndexedDB, localStorage); memory is added as the last resort. */
  entries: Array<Table<OutboxEntry>>;
  /** Storages for the delivered log, best first. */
  delivered: Array<Table<DeliveredRecord>>;
  /** Where the localStorage-only versions kept the delivered log (`lead-qualifier:delivered:v1:<formId>`), to migrate it. */
  legacy?: StorageLike;
  /** Default 500 (ids, tiers and times); unlimited with `keepDeliveredLeads`. */
  historyLimit?: number;
  /** Keep the full lead in the delivered log (kiosk: a staff-owned device whose CSV export is the backup). */
  keepDeliveredLeads?: boolean;
  /** Records per storage read (default 100: each page is one short task). */
  pageSize?: number;
  /** Lets the page breathe between pages of a read (default: a macrotask). */
  pause?: () => Promise<void>;
  /** A write had to go to a lesser storage (full or blocked); `kind` is where it went. */
  onFallback?: (kind: TableKind, error: unknown) => void;
}

const STATUSES: ReadonlySet<string> = new Set(["pending", "sending", "failed"]);
/** How many leads move back from memory/localStorage to the best storage per write. */
const PROMOTE_PER_WRITE = 50;
/** How many delivered records lose their lead body (or, failing that, go) per trim when storage is full. */
const TRIM_BATCH = 50;

/**
 * The persistent outbox of one form (SPEC 5): every submitted lead lives in storage until a 2xx, so it
 * survives reloads, crashes and offline days. One record per lead (key `<formId>:<leadId>`), in
 * IndexedDB, else localStorage, else memory, and moved back up as soon as a better storage takes it.
 * A full storage never evicts a pending lead: the delivered log is trimmed first (lead bodies of the
 * oldest delivered records, then the records), and what still does not fit is kept in memory and
 * listed by `storage().unsaved` until it can be saved. The tab keeps an index in memory, so reading the
 * queue is O(1) per lead instead of a storage scan per operation.
 *
 * @example
 * const outbox = createOutbox({ formId: "acme", now: Date.now,
 *   entries: [idbTable("lead-qualifier-outbox", "entries")], delivered: [idbTable("lead-qualifier-delivered", "records")] });
 * void outbox.load();
 * await outbox.put(lead);              // before fetch
 * await outbox.markDelivered(lead.leadId); // after a 2xx
 */
export function createOutbox(options: CreateOutboxOptions): Outbox {
  const { formId, now } = options;
  const prefix = `${formId}:`;
  const keyOf = (leadId: string) => prefix + leadId;
  const idOf = (key: string) => key.slice(prefix.length);
  const limit = options.keepDeliveredLeads ? Infinity : (options.historyLimit ?? 500);
  const pageSize = options.pageSize ?? 100;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const index = new Map<string, OutboxEntry>();
  const log = new Map<string, DeliveredRecord>();
  // Ids written while a load() runs: the load's older view of them must not win.
  let touched: Set<string> | null = null;
  let loaded = false;
  let trimming = false;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  const trim = async (): Promise<boolean> => {
    if (trimming) return false;
    trimming = true;
    try {
      const oldest = [...log.values()].sort(byDeliveredAt);
      const withBody = oldest.filter((record) => record.lead).slice(0, TRIM_BATCH);
      const victims = withBody.length > 0 ? withBody : oldest.slice(0, TRIM_BATCH);
      for (const record of victims) {
        const { lead: _lead, ...slim } = record;
        if (withBody.length > 0) {
          log.set(record.leadId, slim);
          await delivered.put(keyOf(record.leadId), slim);
        } else {
          log.delete(record.leadId);
          await delivered.take(keyOf(record.leadId));
        }
      }
      if (victims.length > 0) changed();
      return victims.length > 0;
    } finally {
      trimming = false;
    }
  };
  const tierOptions = { onFull: trim, ...(options.onFallback ? { onFallback: options.onFallback } : {}) };
  const entries = tieredTable<OutboxEntry>(options.entries, tierOptions);
  const delivered = tieredTable<DeliveredRecord>(options.delivered, tierOptions);

  // entries() and due() read this sorted copy; any change drops it (sorting 2,000 leads per call, per
  // delivered lead, was quadratic).
  let ordered: OutboxEntry[] | null = null;
  const setEntry = (leadId: string, entry: OutboxEntry | undefined | null) => {
    touched?.add(leadId);
    ordered = null;
    if (entry) index.set(leadId, entry);
    else index.delete(leadId);
    changed();
  };
  /** Space may have freed up (a delivery, a deleted file): move what sits in memory or localStorage back up. */
  const retryUnsaved = async () => {
    if (entries.degraded && (await entries.promote(prefix, PROMOTE_PER_WRITE)) > 0) changed();
    if (delivered.degraded) await delivered.promote(prefix, PROMOTE_PER_WRITE);
  };
  const update = async (leadId: string, change: (entry: OutboxEntry) => OutboxEntry | null) => {
    const next = await entries.update(keyOf(leadId), (current) => (isEntry(current) ? change(normalize(current)) : null));
    if (next) setEntry(leadId, next);
    return next;
  };
  const leaseExpired = (entry: OutboxEntry, at: number, live?: ReadonlySet<string> | null) =>
    !entry.lease || entry.lease.until <= at || (live != null && !live.has(entry.lease.owner));
  const sorted = () =>
    (ordered ??= [...index.values()].sort((a, b) => a.createdAt - b.createdAt || (a.lead.leadId < b.lead.leadId ? -1 : 1)));

  const migrateLegacyLog = async () => {
    const legacyKey = `lead-qualifier:delivered:v1:${formId}`;
    let raw: string | null = null;
    try {
      raw = options.legacy?.getItem(legacyKey) ?? null;
    } catch {
      return;
    }
    if (raw === null) return;
    let list: unknown;
    try {
      list = JSON.parse(raw);
    } catch {
      return; // Left in place: unreadable, but never destroyed.
    }
    for (const record of Array.isArray(list) ? list.filter(isRecord) : []) {
      if ((await delivered.get(keyOf(record.leadId))) === undefined) await delivered.put(keyOf(record.leadId), record);
    }
    if (!delivered.degraded) options.legacy?.removeItem(legacyKey);
  };

  return {
    formId,
    get loaded() {
      return loaded;
    },
    async load() {
      touched = new Set();
      try {
        await migrateLegacyLog();
        const foundEntries = new Map<string, OutboxEntry>();
        for await (const page of entries.scan(prefix, pageSize)) {
          for (const [key, value] of page) if (isEntry(value)) foundEntries.set(idOf(key), normalize(value));
          await pause();
        }
        const foundLog = new Map<string, DeliveredRecord>();
        for await (const page of delivered.scan(prefix, pageSize)) {
          for (const [key, value] of page) if (isRecord(value)) foundLog.set(idOf(key), value);
          await pause();
        }
        for (const id of touched) {
          const mine = index.get(id);
          if (mine) foundEntries.set(id, mine);
          else foundEntries.delete(id);
          const record = log.get(id);
          if (record) foundLog.set(id, record);
        }
        index.clear();
        ordered = null;
        for (const [id, entry] of foundEntries) index.set(id, entry);
        log.clear();
        for (const [id, record] of [...foundLog].sort((a, b) => byDeliveredAt(a[1], b[1]))) log.set(id, record);
      } finally {
        touched = null;
      }
      loaded = true;
      changed();
      await retryUnsaved();
    },
    async put(lead) {
      const existing = index.get(lead.leadId);
      if (existing) return existing;
      const at = now();
      const entry: OutboxEntry = { lead, status: "pending", attempts: 0, nextAttemptAt: at, createdAt: at };
      setEntry(lead.leadId, entry);
      await retryUnsaved();
      await entries.put(keyOf(lead.leadId), entry);
      changed();
      return entry;
    },
    get: (leadId) => index.get(leadId),
    entries: () => [...sorted()],
    due(at, opts = {}) {
      return sorted().filter((e) =>
        e.status === "pending" ? opts.ignoreBackoff || e.nextAttemptAt <= at : e.status === "sending" && leaseExpired(e, at, opts.liveOwners),
      );
    },
    async claim(leadId, owner, leaseMs, liveOwners) {
      const at = now();
      const claimed = await update(leadId, (e) => {
        const free = e.status === "pending" || (e.status === "sending" && (leaseExpired(e, at, liveOwners) || e.lease?.owner === owner));
        return free ? { ...e, status: "sending", lease: { owner, until: at + leaseMs } } : null;
      });
      // Not ours: see what storage holds now (another tab may have delivered it or hold the lease).
      if (!claimed) {
        const current = await entries.get(keyOf(leadId));
        setEntry(leadId, isEntry(current) ? normalize(current) : undefined);
      }
      return claimed;
    },
    markRetry: (leadId, error, nextAttemptAt) =>
      update(leadId, ({ lease: _lease, ...e }) => ({ ...e, status: "pending", attempts: e.attempts + 1, nextAttemptAt, lastError: error })),
    markFailed: (leadId, error) =>
      update(leadId, ({ lease: _lease, ...e }) => ({ ...e, status: "failed", attempts: e.attempts + 1, lastError: error })),
    async markDelivered(leadId) {
      const taken = await entries.take(keyOf(leadId));
      setEntry(leadId, undefined);
      if (!isEntry(taken)) return null;
      const record: DeliveredRecord = {
        leadId,
        formId: taken.lead.formId,
        tier: taken.lead.score.tier,
        total: taken.lead.score.total,
        submittedAt: taken.lead.submittedAt,
        deliveredAt: new Date(now()).toISOString(),
        ...(options.keepDeliveredLeads ? { lead: taken.lead } : {}),
      };
      touched?.add(leadId);
      log.set(leadId, record);
      await delivered.put(keyOf(leadId), record);
      while (log.size > limit) {
        const oldest = log.keys().next().value as string;
        log.delete(oldest);
        await delivered.take(keyOf(oldest));
      }
      // The removed entry freed room: a lead waiting in memory can be saved now.
      await retryUnsaved();
      changed();
      return record;
    },
    async release(leadId, owner) {
      await update(leadId, ({ lease, ...e }) => (e.status === "sending" && lease?.owner === owner ? { ...e, status: "pending" } : null));
    },
    requeue: async (leadId) =>
      (await update(leadId, (e) => (e.status === "failed" ? { ...e, status: "pending", nextAttemptAt: now() } : null))) !== null,
    history: () => [...log.values()],
    storage: () => ({ kind: entries.kind, unsaved: entries.unsaved(prefix).map(idOf) }),
    save: retryUnsaved,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** ISO timestamps compare as text; plain comparison, not localeCompare (slow over thousands of records). */
function byDeliveredAt(a: DeliveredRecord, b: DeliveredRecord): number {
  return a.deliveredAt < b.deliveredAt ? -1 : a.deliveredAt > b.deliveredAt ? 1 : 0;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!isObject(value) || !isObject(value.lead)) return false;
  const lead = value.lead;
  return typeof lead.leadId === "string" && isObject(lead.score) && typeof value.status === "string" && STATUSES.has(value.status);
}

function isRecord(value: unknown): value is DeliveredRecord {
  return isObject(value) && typeof value.leadId === "string" && typeof value.deliveredAt === "string";
}

/** Old or hand-edited entries may miss numbers; default them instead of dropping the lead. */
function normalize(entry: OutboxEntry): OutboxEntry {
  const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
  return { ...entry, attempts: num(entry.attempts), nextAttemptAt: num(entry.nextAttemptAt), createdAt: num(entry.createdAt) };
}

/** Validators for storages that hold JSON text (localStorage), so unreadable records are set aside. */
export const outboxValidators = { isEntry, isRecord };
