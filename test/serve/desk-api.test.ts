import { describe, expect, it } from "vitest";
import { createDeskApi } from "../../src/serve/create-desk-api";
import { DESK_API_ROUTES } from "../../src/serve/desk-routes";
import { sharedPassword } from "../../src/serve/desk-users";
import type { ContactsResponse } from "../../src/desk/model/desk-types";
import { serverLead } from "../support/server-lead";
import { cookieFrom, deskRequest, useDeskStore } from "./support/desk-harness";

const harness = useDeskStore();
let clock = Date.parse("2026-11-23T12:00:30.000Z");
const api = () => createDeskApi({ store: harness.store, auth: sharedPassword("desk-secret"), now: () => clock });

async function signIn(deskApi = api(), name = "ana") {
  const response = await deskApi(deskRequest("/desk/api/login", { body: { name, password: "desk-secret" } }));
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookieFrom(response), csrf: csrfToken, api: deskApi };
}

describe("the desk API without a session", () => {
  for (const route of DESK_API_ROUTES.filter((r) => r.session)) {
    it(`refuses ${route.method} ${route.path} with 401 and no data`, async () => {
      await harness.store.leads.insert(serverLead({ answers: { email: "secret@acme.io" } }));
      const response = await api()(deskRequest(route.path, { method: route.method, ...(route.method === "POST" ? { body: {} } : {}) }));
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain("secret@acme.io");
      expect(JSON.parse(text)).toMatchObject({ error: "unauthorized" });
    });
  }

  it("refuses unknown desk API paths and a made-up cookie with 401 too", async () => {
    expect((await api()(deskRequest("/desk/api/leads"))).status).toBe(401);
    expect((await api()(deskRequest("/desk/api/contacts", { cookie: "lq_desk=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }))).status).toBe(401);
  });
});

describe("desk login", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie, not Secure on http://127.0.0.1", async () => {
    const response = await api()(deskRequest("/desk/api/login", { body: { name: "ana", password: "desk-secret" } }));
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^lq_desk=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
    expect(await response.json()).toMatchObject({ user: "ana" });
  });

  it("uses a Secure __Host- cookie on https", async () => {
    const response = await api()(deskRequest("/desk/api/login", { base: "https://leads.acme.io", body: { name: "ana", password: "desk-secret" } }));
    expect(response.headers.get("Set-Cookie")).toMatch(/^__Host-lq_desk=[^;]+; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict; Secure$/);
  });

  it("refuses to sign in over plain http outside localhost, saying why", async () => {
    const response = await api()(deskRequest("/desk/api/login", { base: "http://leads.acme.io", body: { name: "ana", password: "desk-secret" } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "https_required" });
  });

  it("refuses an oversized body without reading all of it", async () => {
    const response = await api()(deskRequest("/desk/api/login", { body: { name: "ana", password: "x".repeat(20_000) } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });

  it("answers a wrong password with 401 and no cookie", async () => {
    const response = await api()(deskRequest("/desk/api/login", { body: { name: "ana", password: "guess" } }));
    expect(response.status).toBe(401);
    expect(response.headers.get("Set-Cookie")).toBeNull();
  });

  it("rate-limits sign-in attempts per name and per IP with Retry-After", async () => {
    const deskApi = api();
    const attempt = (name: string, ip: string) => deskApi(deskRequest("/desk/api/login", { body: { name, password: "guess" } }), { clientIp: ip });
    for (let i = 0; i < 5; i++) expect((await attempt("mallory", `10.0.0.${i}`)).status).toBe(401);
    const limited = await attempt("mallory", "10.0.0.99");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) await attempt(`user${i}`, "192.0.2.1");
    expect((await attempt("someone-new", "192.0.2.1")).status).toBe(429);
  });

  it("refuses a cross-origin or non-JSON login (no form can post it from another site)", async () => {
    expect((await api()(deskRequest("/desk/api/login", { origin: "https://evil.example", body: { name: "ana", password: "desk-secret" } }))).status).toBe(403);
    const form = deskRequest("/desk/api/login", { body: "name=ana&password=desk-secret", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect((await api()(form)).status).toBe(415);
  });

  it("ends the session on logout, everywhere", async () => {
    const { cookie, csrf, api: deskApi } = await signIn();
    expect((await deskApi(deskRequest("/desk/api/session", { cookie }))).status).toBe(200);
    expect((await deskApi(deskRequest("/desk/api/logout", { cookie, csrf, body: {} }))).status).toBe(200);
    expect((await deskApi(deskRequest("/desk/api/session", { cookie }))).status).toBe(401);
  });

  it("expires a session after its lifetime", async () => {
    const deskApi = createDeskApi({ store: harness.store, auth: sharedPassword("desk-secret"), now: () => clock, sessionTtlMs: 60_000 });
    const { cookie } = await signIn(deskApi);
    clock += 61_000;
    expect((await deskApi(deskRequest("/desk/api/session", { cookie }))).status).toBe(401);
  });
});

describe("desk writes", () => {
  it("need the session's CSRF token and a same-origin JSON request", async () => {
    const { cookie, csrf, api: deskApi } = await signIn();
    const body = { contactId: "x" };
    expect((await deskApi(deskRequest("/desk/api/claims", { cookie, body }))).status).toBe(403);
    expect((await deskApi(deskRequest("/desk/api/claims", { cookie, csrf: "wrong", body }))).status).toBe(403);
    expect((await deskApi(deskRequest("/desk/api/claims", { cookie, csrf, body, origin: "https://evil.example" }))).status).toBe(403);
    expect((await deskApi(deskRequest("/desk/api/claims", { cookie, csrf, body: JSON.stringify(body), headers: { "Content-Type": "text/plain" } }))).status).toBe(415);
    expect((await deskApi(deskRequest("/desk/api/claims", { cookie, csrf, body }))).status).toBe(404);
  });

  it("claims a hot contact once: the first rep wins, the second hears who has it", async () => {
    const lead = serverLead({ tier: "sales-ready", answers: { email: "hot@buyer.io", name: "Hana" }, at: new Date(clock - 30_000).toISOString() });
    await harness.store.leads.insert(lead);
    const ana = await signIn(api(), "ana");
    const ben = await signIn(api(), "ben");
    const first = await ana.api(deskRequest("/desk/api/claims", { cookie: ana.cookie, csrf: ana.csrf, body: { contactId: lead.leadId } }));
    expect(first.status).toBe(201);
    const second = await ben.api(deskRequest("/desk/api/claims", { cookie: ben.cookie, csrf: ben.csrf, body: { contactId: lead.leadId } }));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: "already_claimed", claim: { actor: "ana" } });
    const contacts = (await (await ana.api(deskRequest("/desk/api/contacts", { cookie: ana.cookie }))).json()) as ContactsResponse;
    const contact = contacts.contacts.find((c) => c.id === lead.leadId)!;
    expect(contact.claim).toMatchObject({ actor: "ana", timeToClaimMs: 30_000 });
  });

  it("does not claim a contact that is not sales-ready", async () => {
    const lead = serverLead({ tier: "nurture", answers: { email: "later@x.io" } });
    await harness.store.leads.insert(lead);
    const { cookie, csrf, api: deskApi } = await signIn();
    expect((await deskApi(deskRequest("/desk/api/claims", { cookie, csrf, body: { contactId: lead.leadId } }))).status).toBe(422);
  });

  it("requalifies with a required note, as an event, leaving the stored score untouched", async () => {
    const lead = serverLead({ tier: "disqualified", reasons: ["Student"], answers: { email: "prof@uni.edu" } });
    await harness.store.leads.insert(lead);
    const { cookie, csrf, api: deskApi } = await signIn(api(), "mia");
    const noNote = await deskApi(deskRequest("/desk/api/requalifications", { cookie, csrf, body: { leadId: lead.leadId, tier: "sales-ready", note: " " } }));
    expect(noNote.status).toBe(400);
    expect((await noNote.json()).message).toMatch(/note is required/);
    const ok = await deskApi(deskRequest("/desk/api/requalifications", { cookie, csrf, body: { leadId: lead.leadId, tier: "sales-ready", note: "Professor buying for a lab" } }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ event: { kind: "requalify", actor: "mia", tier: "sales-ready", fromTier: "disqualified", note: "Professor buying for a lab" } });
    expect((await harness.store.leads.find(lead.leadId))!.score).toEqual(lead.score);
  });

  it("answers an unchanged contacts list with 304 for the poll's ETag", async () => {
    const { cookie, api: deskApi } = await signIn();
    const first = await deskApi(deskRequest("/desk/api/contacts", { cookie }));
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"\d+\.\d+"$/);
    expect((await deskApi(deskRequest("/desk/api/contacts", { cookie, headers: { "If-None-Match": etag } }))).status).toBe(304);
    await harness.store.leads.insert(serverLead({ answers: { email: "new@x.io" } }));
    expect((await deskApi(deskRequest("/desk/api/contacts", { cookie, headers: { "If-None-Match": etag } }))).status).toBe(200);
  });

  it("sends the booth staff input of each lead to the desk", async () => {
    const { cookie, api: deskApi } = await signIn();
    const lead = serverLead({ channel: "kiosk", tier: "disqualified", answers: { email: "booth@x.io" } });
    await harness.store.leads.insert({
      ...lead,
      badge: { raw: "RT26-9", format: "text", source: "typed", id: "RT26-9" },
      staff: { rating: "A", note: "Hot", followUp: ["book-demo"], decision: { tier: "sales-ready", total: lead.score.total, reason: "Staff rating A" } },
      capturedBy: "Ben Staff",
    });
    const body = (await (await deskApi(deskRequest("/desk/api/contacts", { cookie }))).json()) as ContactsResponse;
    const contact = body.contacts.find((c) => c.email === "booth@x.io")!;
    expect(contact.leads[0]).toMatchObject({ staff: { rating: "A", note: "Hot" }, capturedBy: "Ben Staff", badgeId: "RT26-9", tier: "disqualified" });
    expect(contact.tier).toBe("sales-ready");
  });
});
