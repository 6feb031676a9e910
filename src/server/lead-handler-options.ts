import type { OnLead } from "./create-on-lead-runner";
import type { DedupeStore } from "./dedupe-store";
import type { RateLimitOption } from "./lead-rate-limits";

/** Extra facts a runtime adapter knows about a request (the Node adapter passes the client IP). */
export interface RequestInfo {
  clientIp?: string | null;
}

export interface LeadHandlerOptions {
  /** Form configs (raw JSON or validated), matched by the lead's `formId`; each is validated at creation. */
  configs: readonly unknown[];
  /**
   * Store the lead (CRM, queue, database); awaited before the 202. Throwing answers 500 and frees the
   * leadId for a retry. Must be idempotent by `lead.leadId` (see docs/server.md): a lead can reach it again
   * after a crash, a lost 202, or once the dedupe store has forgotten the leadId.
   */
  onLead: OnLead;
  /** Cross-origin pages allowed to POST (exact origins), or "*" for any. Default: none (same-origin only). */
  allowedOrigins?: readonly string[] | "*";
  /**
   * Body limit in bytes actually streamed. Default: the largest lead any of `configs` can produce
   * (see `maxLeadBytes`), at least 32 KiB. A value below that is refused at creation.
   */
  maxBodyBytes?: number;
  /** How long the body may take to arrive, from the start of reading it; then 408 (default 10 s). */
  bodyTimeoutMs?: number;
  /** Time limit of one `onLead` call: then its signal aborts and the request answers 503 (default 10 s). */
  onLeadTimeoutMs?: number;
  /** At this many `onLead` calls past their time limit and still running, new leads answer 503 `busy` (default 100). */
  maxOverdueCalls?: number;
  /** Default: an in-memory LRU of 10 000 leadIds. */
  store?: DedupeStore;
  /**
   * `perIp`: rejected requests per IP before the IP gets 429 (default 60/min; valid leads never count).
   * `perForm`: new leads per form (default 10 000/min). `false` turns one or both off.
   */
  rateLimit?: RateLimitOption;
  now?: () => number;
  /**
   * Web handler only (Deno, Bun, edge): the client IP for the per-IP limit, e.g. from `CF-Connecting-IP`.
   * Default: `info.clientIp`. Under `toNodeListener` the IP is the socket's (or the proxy's hop, see `trustProxy`).
   */
  getClientIp?: (request: Request, info?: RequestInfo) => string | null | undefined;
  /** Where unexpected errors go (default console.error). Never receives the lead body. */
  logError?: (message: string, error: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
export const DEFAULT_ON_LEAD_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_OVERDUE_CALLS = 100;
