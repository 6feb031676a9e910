import type { Lead } from "../config/types";
import type { StorageLike } from "./storage-like";
import type { DeliveredRecord, OutboxEntry, OutboxError } from "./outbox-entry";

export type { DeliveredRecord, OutboxEntry, OutboxError, OutboxStatus } from "./outbox-entry";

export interface Outbox {
  /** The storage key of the entries, `lead-qualifier:outbox:v1:<formId>`. */
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
  storage: StorageLike;
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
 * Unreadable data is never silently destroyed: the raw text is copied to `<key>:corrupt` before
 * the readable entries are written back.
 *
 * @example
 * const outbox = createOutbox({ storage: localStorage, formId: "acme", now: Date.now });
 * outbox.put(lead);             // before fetch
 * outbox.markDelivered(lead.leadId); // after a 2xx
 */
export function createOutbox(options: CreateOutboxOptions): Outbox {
  const { storage, formId, now } = options;
  const key = `lead-qualifier:outbox:v1:${formId}`;
  const historyKey = `lead-qualifier:delivered:v1:${formId}`;
  const limit = options.historyLimit ?? 500;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let lastWarned: string | null = null;

  const readList = <T>(storageKey: string, isValid: (item: unknown) => item is T): T[] => {
    const raw = storage.getItem(storageKey);
    if (raw === null) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const list = Array.isArray(parsed) ? parsed : [];
    const valid = list.filter(isValid);
    if (valid.length !== list.length || !Array.isArray(parsed)) {
      if (lastWarned !== raw) {
        lastWarned = raw;
        storage.setItem(`${storageKey}:corrupt`, raw);
        warn(`lead-qualifier: unreadable data in ${storageKey}; kept ${valid.length} readable item(s), raw copy in ${storageKey}:corrupt`);
      }
    }
    return valid;
  };

  const read = () => readList(key, isEntry).map(normalize);
  const write = (entries: OutboxEntry[]) => {
    if (entries.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(entries));
  };
  const update = (leadId: string, change: (entry: OutboxEntry) => OutboxEntry | null): OutboxEntry | null => {
    const entries = read();
    const index = entries.findIndex((e) => e.lead.leadId === leadId);
    const current = entries[index];
    if (!current) return null;
    const next = change(current);
    if (!next) return null;
    entries[index] = next;
    write(entries);
    return next;
  };
  const leaseExpired = (entry: OutboxEntry, at: number) => !entry.lease || entry.lease.until <= at;

  return {
    key,
    put(lead) {
      const entries = read();
      const existing = entries.find((e) => e.lead.leadId === lead.leadId);
      if (existing) return existing;
      const at = now();
      const entry: OutboxEntry = { lead, status: "pending", attempts: 0, nextAttemptAt: at, createdAt: at };
      write([...entries, entry]);
      return entry;
    },
    get: (leadId) => read().find((e) => e.lead.leadId === leadId),
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
      const entries = read();
      const entry = entries.find((e) => e.lead.leadId === leadId);
      if (!entry) return null;
      write(entries.filter((e) => e !== entry));
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
