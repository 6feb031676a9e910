import { createHash, randomBytes } from "node:crypto";
import { TIERS, type Tier } from "../config/types";
import { groupContacts } from "../desk/model/group-contacts";
import { toDeskLead } from "../desk/model/to-desk-lead";
import type { Contact, ContactsResponse } from "../desk/model/desk-types";
import { createRateLimiter, type RateLimit } from "../server/create-rate-limiter";
import type { RequestInfo } from "../server/create-lead-handler";
import type { DeskSession } from "../store/session-repository";
import { forwardingStatus, requeueJob } from "./desk-forwarding";
import { deskError, json } from "./desk-responses";
import { DESK_API_ROUTES, type DeskRoute } from "./desk-routes";
import type { DeskStore } from "./desk-store";
import type { DeskAuth } from "./desk-users";
import { readSmallJson } from "./read-small-json";
import { clearedSessionCookies, isLocalHttp, readSessionToken, sessionCookie } from "./session-cookie";

export interface DeskApiOptions {
  store: DeskStore;
  auth: DeskAuth;
  now?: () => number;
  /** Session lifetime (default 12 h: one working day, then sign in again). */
  sessionTtlMs?: number;
  /** Login attempts per client IP and per user name (default 10/min and 5/min). */
  loginLimits?: { perIp?: RateLimit; perName?: RateLimit };
  /** Token source (default node:crypto). */
  randomToken?: () => string;
}

export type DeskApi = (request: Request, info?: RequestInfo) => Promise<Response>;

const NOTE_MAX = 1000;

/**
 * The desk's JSON API as a Web handler for `/desk/api/*`. Every route but login answers 401 without a
 * live session; writes (POST) also need `X-CSRF-Token` equal to the session's token, a JSON body, and
 * (when the browser sends one) an Origin equal to our own. Nothing personal goes into URLs or logs.
 *
 * @example
 * const api = createDeskApi({ store, auth: sharedPassword("demo") });
 * await api(new Request("http://127.0.0.1/desk/api/contacts")); // 401
 */
export function createDeskApi(options: DeskApiOptions): DeskApi {
  const { store, auth } = options;
  const now = options.now ?? (() => Date.now());
  const ttl = options.sessionTtlMs ?? 12 * 3600_000;
  const perIp = createRateLimiter(options.loginLimits?.perIp ?? { limit: 10, windowMs: 60_000 });
  const perName = createRateLimiter(options.loginLimits?.perName ?? { limit: 5, windowMs: 60_000 });
  const token = options.randomToken ?? (() => randomBytes(32).toString("base64url"));

  return async (request, info) => {
    const url = new URL(request.url);
    const route = DESK_API_ROUTES.find((r) => r.path === url.pathname);
    const session = await findSession(request);
    if (!route || route.method !== request.method) {
      if (!session) return deskError(401, "unauthorized", "Sign in to the desk first.");
      return route ? deskError(405, "method_not_allowed", `Use ${route.method}.`, { Allow: route.method }) : deskError(404, "not_found", "No such desk API route.");
    }
    if (request.method === "POST") {
      const refused = checkWrite(request, url);
      if (refused) return refused;
    }
    if (route.path === "/desk/api/login") return login(request, url, info);
    if (!session) return deskError(401, "unauthorized", "Sign in to the desk first.");
    if (route.write && request.headers.get("X-CSRF-Token") !== session.csrfToken) {
      return deskError(403, "csrf", "Missing or wrong X-CSRF-Token header: reload the desk.");
    }
    return handle(route, request, session);
  };

  async function findSession(request: Request): Promise<DeskSession | undefined> {
    const value = readSessionToken(request.headers.get("Cookie"));
    return value ? store.sessions.find(hashToken(value), new Date(now())) : undefined;
  }

  /** Same-origin JSON only: a cross-site form cannot send JSON without a CORS preflight we never grant. */
  function checkWrite(request: Request, url: URL): Response | null {
    const origin = request.headers.get("Origin");
    if (origin !== null && origin !== url.origin) return deskError(403, "forbidden_origin", "Cross-origin requests are refused.");
    const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return deskError(415, "unsupported_media_type", "Send application/json.");
    return null;
  }

  async function login(request: Request, url: URL, info?: RequestInfo): Promise<Response> {
    const secure = !isLocalHttp(url);
    if (url.protocol !== "https:" && secure) {
      return deskError(400, "https_required", "The desk needs HTTPS outside localhost: put it behind a TLS proxy (and set TRUST_PROXY=1).");
    }
    const body = await readSmallJson(request);
    const name = typeof body?.["name"] === "string" ? body["name"].slice(0, 64) : "";
    const password = typeof body?.["password"] === "string" ? body["password"].slice(0, 1024) : "";
    if (!name.trim() || !password) return deskError(400, "invalid_request", "Enter your name and the password.");
    const at = now();
    const ip = info?.clientIp ? perIp.hit(info.clientIp, at) : { ok: true as const };
    const byName = perName.hit(name.trim().toLowerCase(), at);
    const limited = !ip.ok ? ip : !byName.ok ? byName : null;
    if (limited && !limited.ok) {
      return deskError(429, "rate_limited", "Too many sign-in attempts; wait a minute.", { "Retry-After": String(limited.retryAfterSeconds) });
    }
    const user = await auth.verify(name, password);
    if (!user) return deskError(401, "wrong_credentials", "Wrong name or password.");
    const sessionToken = token();
    const csrfToken = token();
    await store.sessions.create({ tokenHash: hashToken(sessionToken), user, csrfToken, expiresAt: new Date(at + ttl).toISOString() }, new Date(at));
    await store.sessions.deleteExpired(new Date(at));
    return json(200, { user, csrfToken }, { "Set-Cookie": sessionCookie(sessionToken, { secure, maxAgeSeconds: Math.floor(ttl / 1000) }) });
  }

  async function handle(route: DeskRoute, request: Request, session: DeskSession): Promise<Response> {
    switch (route.path) {
      case "/desk/api/session":
        return json(200, { user: session.user, csrfToken: session.csrfToken });
      case "/desk/api/logout": {
        await store.sessions.delete(session.tokenHash);
        const headers = new Headers({ "Content-Type": "application/json", "Cache-Control": "no-store" });
        for (const cookie of clearedSessionCookies()) headers.append("Set-Cookie", cookie);
        return new Response(JSON.stringify({ ok: true }), { status: 200, headers });
      }
      case "/desk/api/contacts":
        return contacts(request, session);
      case "/desk/api/claims":
        return claim(request, session);
      case "/desk/api/requalifications":
        return requalify(request, session);
      case "/desk/api/forwarding":
        return forwardingStatus(store.forwarding, new URL(request.url), now());
      case "/desk/api/forwarding/retry":
        return requeueJob(store.forwarding, await readSmallJson(request), "dead", session.user, now());
      case "/desk/api/forwarding/replay":
        return requeueJob(store.forwarding, await readSmallJson(request), "delivered", session.user, now());
      default:
        return deskError(404, "not_found", "No such desk API route.");
    }
  }

  async function contacts(request: Request, session: DeskSession): Promise<Response> {
    // Leads and events are only ever appended, so their counts are a cheap version for polling.
    const etag = `"${await store.leads.count()}.${await store.events.newestId()}"`;
    if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "no-store" } });
    const body: ContactsResponse = { now: new Date(now()).toISOString(), user: session.user, contacts: await loadContacts() };
    return json(200, body, { ETag: etag });
  }

  async function loadContacts(): Promise<Contact[]> {
    const [leads, events] = await Promise.all([store.leads.list(), store.events.list()]);
    return groupContacts(leads.map(toDeskLead), events);
  }

  async function claim(request: Request, session: DeskSession): Promise<Response> {
    const body = await readSmallJson(request);
    const contactId = typeof body?.["contactId"] === "string" ? body["contactId"] : null;
    if (!contactId) return deskError(400, "invalid_request", "contactId is required.");
    const contact = (await loadContacts()).find((c) => c.id === contactId);
    if (!contact) return deskError(404, "not_found", "No such contact.");
    if (contact.claim) return deskError(409, "already_claimed", `Already claimed by ${contact.claim.actor}.`, {}, { claim: contact.claim });
    if (!contact.hot) return deskError(422, "not_hot", "Only sales-ready contacts are claimed.");
    const result = await store.events.claim(contact.hot.leadId, session.user, new Date(now()), contact.hot.since);
    if (!result.ok) return deskError(409, "already_claimed", `Already claimed by ${result.claimedBy?.actor ?? "someone else"}.`, {}, { claim: result.claimedBy ?? null });
    return json(201, { event: result.event });
  }

  async function requalify(request: Request, session: DeskSession): Promise<Response> {
    const body = await readSmallJson(request);
    const leadId = typeof body?.["leadId"] === "string" ? body["leadId"] : null;
    const tier = TIERS.find((t) => t === body?.["tier"]);
    const note = typeof body?.["note"] === "string" ? body["note"].trim() : "";
    const issues = [
      ...(leadId ? [] : ["leadId is required"]),
      ...(tier ? [] : [`tier must be one of ${TIERS.join(", ")}`]),
      ...(note ? [] : ["a note is required: say why the rule got it wrong"]),
      ...(note.length > NOTE_MAX ? [`the note is longer than ${NOTE_MAX} characters`] : []),
    ];
    if (issues.length > 0) return deskError(400, "invalid_request", issues.join("; ") + ".");
    const lead = await store.leads.find(leadId!);
    if (!lead) return deskError(404, "not_found", "No such lead.");
    const contact = (await loadContacts()).find((c) => c.leads.some((l) => l.leadId === leadId));
    const fromTier: Tier = contact?.tier ?? lead.score.tier;
    const event = await store.events.requalify(leadId!, session.user, new Date(now()), { tier: tier!, fromTier, note });
    return json(201, { event });
  }
}

function hashToken(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
