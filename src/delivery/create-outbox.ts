import { isObject } from "../config/raw-view";
import type { Lead } from "../config/types";
import { keysWithPrefix, type EnumerableStorage } from "./storage-like";
import type { DeliveredRecord, OutboxEntry, OutboxError } from "./outbox-entry";

export type { DeliveredRecord, OutboxEntry, OutboxError, OutboxStatus } from "./outbox-entry";

export interface Outbox {
  /**
   * The storage key prefix of the entries, `lead-qualifier:outbox:v1:<formId>:`; each lead has its own key
   * (prefix + leadId), so tabs never rewrite each other's leads from a stale copy.
   */
  readonly key: string;
  /** Stores a lead as pending; call BEFORE any network attempt. A leadId already present is left as is. */
  put(lead: Lead): OutboxEntry;
  get(leadId: string): OutboxEntry | undefined;
  /** Every undelivered lead, oldest first (pending, sending and failed). */
  entries(): OutboxEntry[];
  /** Leads still to be delivered (pending or sending). */
  pending(): OutboxEntry[];
  /** Leads the endpoint refused (non-retryable 4xx); kept for export, never deleted automatically. */
  failed(): OutboxEntry[];
  /** Leads that may be attempted at `at`: pending and due, or "sending" with an expired lease (a crashed tab). */
  due(at: number, options?: { ignoreBackoff?: boolean }): OutboxEntry[];
  /**
   * Takes a lease on a lead so that only one tab sends it: succeeds when the lead is pending, or "sending"
   * with an expired lease or one held by `owner`. Returns the claimed entry, or null.
   */
  claim(leadId: string, owner: string, leaseMs: number): OutboxEntry | null;
  /** Back to pending after a retryable failure; `attempts` + 1. */
  markRetry(leadId: string, error: OutboxError, nextAttemptAt: number): OutboxEntry | null;
  /** Refused for good; kept with status "failed". */
  markFailed(leadId: string, error: OutboxError): OutboxEntry | null;
  /** Removes a lead after a 2xx and logs it in history. Returns null when it was already gone. */
  markDelivered(leadId: string): DeliveredRecord | null;
  /** Drops a tab's lease (e.g. on stop) so another tab can send at once. */
  release(leadId: string, owner: string): void;
  /** Puts a failed lead back in the queue (a staff "retry" after fixing the endpoint). */
  requeue(leadId: string): boolean;
  /** Delivered leads on this device, oldest first, capped at `historyLimit`. */
  history(): DeliveredRecord[];
}

export interface CreateOutboxOptions {
  storage: EnumerableStorage;
  formId: string;
  now: () => number;
  /** Default 500: enough for a trade-show day, small enough for localStorage. */
  historyLimit?: number;
  /** Keep the full lead in the delivered log (kiosk: a staff-owned device whose CSV export is the backup). */
  keepDeliveredLeads?: boolean;
  warn?: (message: string) => void;
}

const STATUSES: ReadonlySet<string> = new Set(["pending", "sending", "failed"]);

/**
 * The persistent outbox of one form: every submitted lead lives here until a 2xx, so it survives
 * reloads, crashes and offline hours (SPEC 5). State is re-read from storage on every call (never cached),
 * so several tabs and several widgets of the same form share one consistent queue.
 *
 * Unreadable data is never silently destroyed: the raw text is copied to
 * `lead-qualifier:corrupt:v1:<its key>` and skipped, with one warning.
 *
 * @example
 * const outbox = createOutbox({ storage: localStorage, formId: "acme", now: Date.now });
 * outbox.put(lead);             // before fetch
 * outbox.markDelivered(lead.leadId); // after a 2xx
 */
export function createOutbox(options: CreateOutboxOptions): Outbox {
  const { storage, formId, now } = options;
  // One key per lead, not one list per form: Chromium propagates localStorage between tabs
  // asynchronously, so a list rewritten by one tab from its stale copy could drop a lead another
  // tab had just stored. With a key per lead a tab only ever writes the leads it touches; the worst
  // left is two tabs racing on the same lead, which the lease makes rare and the Idempotency-Key harmless.
  const key = `lead-qualifier:outbox:v1:${formId}:`;
  const keyOf = (leadId: string) => key + leadId;
  const corruptKey = (storageKey: string) => `lead-qualifier:corrupt:v1:${storageKey}`;
  const historyKey = `lead-qualifier:delivered:v1:${formId}`;
  const limit = options.historyLimit ?? 500;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const warned = new Set<string>();

  /** Unreadable data is never silently destroyed: the raw text is copied aside, with one warning per text. */
  const setAside = (storageKey: string, raw: string, kept: number) => {
    if (warned.has(raw)) return;
    warned.add(raw);
    storage.setItem(corruptKey(storageKey), raw);
    warn(`lead-qualifier: unreadable data in ${storageKey}; kept ${kept} readable item(s), raw copy in ${corruptKey(storageKey)}`);
  };

  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  };

  const readList = <T>(storageKey: string, isValid: (item: unknown) => item is T): T[] => {
    const raw = storage.getItem(storageKey);
    if (raw === null) return [];
    const parsed = parse(raw);
    const list = Array.isArray(parsed) ? parsed : [];
    const valid = list.filter(isValid);
    if (valid.length !== list.length || !Array.isArray(parsed)) setAside(storageKey, raw, valid.length);
    return valid;
  };

  const readOne = (storageKey: string): OutboxEntry | undefined => {
    const raw = storage.getItem(storageKey);
    if (raw === null) return undefined;
    const parsed = parse(raw);
    if (isEntry(parsed)) return normalize(parsed);
    setAside(storageKey, raw, 0);
    return undefined;
  };
  const read = (): OutboxEntry[] =>
    keysWithPrefix(storage, key)
      .map(readOne)
      .filter((entry): entry is OutboxEntry => entry !== undefined)
      .sort((a, b) => a.createdAt - b.createdAt || (a.lead.leadId < b.lead.leadId ? -1 : 1));
  const write = (entry: OutboxEntry) => storage.setItem(keyOf(entry.lead.leadId), JSON.stringify(entry));
  const update = (leadId: string, change: (entry: OutboxEntry) => OutboxEntry | null): OutboxEntry | null => {
    const current = readOne(keyOf(leadId));
    if (!current) return null;
    const next = change(current);
    if (!next) return null;
    write(next);
    return next;
  };
  const leaseExpired = (entry: OutboxEntry, at: number) => !entry.lease || entry.lease.until <= at;

  return {
    key,
    put(lead) {
      const existing = readOne(keyOf(lead.leadId));
      if (existing) return existing;
      const at = now();
      const entry: OutboxEntry = { lead, status: "pending", attempts: 0, nextAttemptAt: at, createdAt: at };
      write(entry);
      return entry;
    },
    get: (leadId) => readOne(keyOf(leadId)),
    entries: read,
    pending: () => read().filter((e) => e.status !== "failed"),
    failed: () => read().filter((e) => e.status === "failed"),
    due(at, opts = {}) {
      return read().filter((e) =>
        e.status === "pending" ? opts.ignoreBackoff || e.nextAttemptAt <= at : e.status === "sending" && leaseExpired(e, at),
      );
    },
    claim(leadId, owner, leaseMs) {
      const at = now();
      return update(leadId, (e) => {
        const free = e.status === "pending" || (e.status === "sending" && (leaseExpired(e, at) || e.lease?.owner === owner));
        return free ? { ...e, status: "sending", lease: { owner, until: at + leaseMs } } : null;
      });
    },
    markRetry: (leadId, error, nextAttemptAt) =>
      update(leadId, ({ lease: _lease, ...e }) => ({ ...e, status: "pending", attempts: e.attempts + 1, nextAttemptAt, lastError: error })),
    markFailed: (leadId, error) =>
      update(leadId, ({ lease: _lease, ...e }) => ({ ...e, status: "failed", attempts: e.attempts + 1, lastError: error })),
    markDelivered(leadId) {
      const entry = readOne(keyOf(leadId));
      if (!entry) return null;
      storage.removeItem(keyOf(leadId));
      const record: DeliveredRecord = {
        leadId,
        formId: entry.lead.formId,
        tier: entry.lead.score.tier,
        total: entry.lead.score.total,
        submittedAt: entry.lead.submittedAt,
        deliveredAt: new Date(now()).toISOString(),
        ...(options.keepDeliveredLeads ? { lead: entry.lead } : {}),
      };
      const log = [...readList(historyKey, isRecord), record].slice(-limit);
      storage.setItem(historyKey, JSON.stringify(log));
      return record;
    },
    release(leadId, owner) {
      update(leadId, ({ lease, ...e }) => (e.status === "sending" && lease?.owner === owner ? { ...e, status: "pending" } : null));
    },
    requeue: (leadId) =>
      update(leadId, (e) => (e.status === "failed" ? { ...e, status: "pending", nextAttemptAt: now() } : null)) !== null,
    history: () => readList(historyKey, isRecord),
  };
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
