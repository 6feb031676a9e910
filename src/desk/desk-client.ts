import type { Tier } from "../config/types";
import type { ContactsResponse, DeskEvent, DeskForwardJob, ForwardingResponse } from "./model/desk-types";

/** A desk API failure: the server's error code and its message, or `network` when nothing answered. */
export interface DeskFailure {
  status: number;
  error: string;
  message: string;
  retryAfterSeconds?: number;
}

export type DeskResult<T> = { ok: true; value: T } | { ok: false; failure: DeskFailure };

export interface DeskClient {
  session(): Promise<DeskResult<{ user: string; csrfToken: string }>>;
  login(name: string, password: string): Promise<DeskResult<{ user: string; csrfToken: string }>>;
  logout(): Promise<DeskResult<unknown>>;
  /** `notModified` when the server's version still equals `etag`. */
  contacts(etag: string | null): Promise<DeskResult<{ notModified: true } | { notModified: false; etag: string | null; body: ContactsResponse }>>;
  claim(contactId: string): Promise<DeskResult<{ event: DeskEvent }>>;
  requalify(leadId: string, tier: Tier, note: string): Promise<DeskResult<{ event: DeskEvent }>>;
  /** Forwarding jobs of these leads and today's daily caps (ids only in the URL). */
  forwarding(leadIds: readonly string[]): Promise<DeskResult<ForwardingResponse>>;
  /** Sends a failed forwarding job again ("Retry"), or a delivered one once more ("Replay to destination"). */
  requeueForward(jobId: number, action: "retry" | "replay"): Promise<DeskResult<{ job: DeskForwardJob }>>;
}

/**
 * The desk API over `fetch`, same-origin with the session cookie; writes carry the CSRF token the
 * login or session call returned. Lead data only ever travels in JSON bodies, never in URLs.
 *
 * @example const client = createDeskClient(window.fetch.bind(window)); await client.session();
 */
export function createDeskClient(fetchFn: typeof fetch, base = "/desk/api"): DeskClient {
  let csrfToken = "";

  async function call<T>(method: "GET" | "POST", path: string, body?: unknown, headers: Record<string, string> = {}): Promise<DeskResult<T> & { response?: Response }> {
    let response: Response;
    try {
      response = await fetchFn(`${base}/${path}`, {
        method,
        credentials: "same-origin",
        cache: "no-store",
        headers: {
          Accept: "application/json",
          ...(body !== undefined ? { "Content-Type": "application/json", "X-CSRF-Token": csrfToken } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      return { ok: false, failure: { status: 0, error: "network", message: "The desk server cannot be reached. Retrying…" } };
    }
    if (response.status === 304) return { ok: true, value: undefined as T, response };
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const retry = Number(response.headers.get("Retry-After"));
      return {
        ok: false,
        failure: {
          status: response.status,
          error: typeof data["error"] === "string" ? data["error"] : "http_error",
          message: typeof data["message"] === "string" ? data["message"] : `The server answered ${response.status}.`,
          ...(Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {}),
        },
      };
    }
    return { ok: true, value: data as T, response };
  }

  const remember = (result: DeskResult<{ user: string; csrfToken: string }>) => {
    if (result.ok) csrfToken = result.value.csrfToken;
    return result;
  };

  return {
    session: async () => remember(await call("GET", "session")),
    login: async (name, password) => remember(await call("POST", "login", { name, password })),
    logout: () => call("POST", "logout", {}),
    async contacts(etag) {
      const result = await call<ContactsResponse>("GET", "contacts", undefined, etag ? { "If-None-Match": etag } : {});
      if (!result.ok) return result;
      if (result.response?.status === 304) return { ok: true, value: { notModified: true } };
      return { ok: true, value: { notModified: false, etag: result.response?.headers.get("ETag") ?? null, body: result.value } };
    },
    claim: (contactId) => call("POST", "claims", { contactId }),
    requalify: (leadId, tier, note) => call("POST", "requalifications", { leadId, tier, note }),
    forwarding: (leadIds) => call("GET", `forwarding${leadIds.length > 0 ? `?${leadIds.map((id) => `lead=${encodeURIComponent(id)}`).join("&")}` : ""}`),
    requeueForward: (jobId, action) => call("POST", `forwarding/${action}`, { jobId }),
  };
}
