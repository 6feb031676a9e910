import { describe, expect, it, vi } from "vitest";
import type { ForwardingResponse } from "../../src/desk/model/desk-types";
import { storeLeadWithJobs } from "../../src/forward/store-lead-with-jobs";
import { createDeskApi } from "../../src/serve/create-desk-api";
import { sharedPassword } from "../../src/serve/desk-users";
import { createForwardJobRepository } from "../../src/store/forward-job-repository";
import { setupFor } from "../forward/support/destinations";
import { serverLead } from "../support/server-lead";
import { cookieFrom, deskRequest, useDeskStore } from "./support/desk-harness";

const harness = useDeskStore();
const clock = Date.parse("2026-11-23T12:00:30.000Z");
const setup = setupFor("https://hooks.example.test");
const requeued = vi.fn();

function api() {
  const store = { ...harness.store, forwarding: { jobs: createForwardJobRepository(harness.db), destinations: setup.destinations, requeued } };
  return createDeskApi({ store, auth: sharedPassword("desk-secret"), now: () => clock });
}

async function signIn() {
  const deskApi = api();
  const response = await deskApi(deskRequest("/desk/api/login", { body: { name: "Ana Rep", password: "desk-secret" } }));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { deskApi, cookie: cookieFrom(response), csrf: csrfToken };
}

describe("the desk's forwarding API", () => {
  it("lists a contact's jobs by leadId with their status in the desk's words, and today's Salesforce cap", async () => {
    const lead = serverLead({ tier: "sales-ready", at: "2026-11-23T12:00:00.000Z" });
    await storeLeadWithJobs(harness.db, lead, setup, new Date(clock - 20_000));
    const jobs = createForwardJobRepository(harness.db);
    await jobs.reserveDaily("salesforce", "2026-11-23", 500);
    const { deskApi, cookie } = await signIn();
    const response = await deskApi(deskRequest(`/desk/api/forwarding?lead=${lead.leadId}`, { cookie }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ForwardingResponse;
    expect(body.configured).toBe(true);
    expect(body.jobs.map((j) => [j.destination, j.type, j.kind, j.status])).toEqual([
      ["crm", "webhook", "deliver", "pending"],
      ["hubspot", "hubspot", "deliver", "pending"],
      ["salesforce", "salesforce", "deliver", "pending"],
      ["slack-sales", "slack", "deliver", "pending"],
      ["teams-lead", "teams", "deliver", "pending"],
      ["teams-lead", "teams", "escalate", "scheduled"],
    ]);
    expect(body.caps).toEqual([{ destination: "salesforce", used: 1, cap: 500, day: "2026-11-23" }]);
  });

  it("refuses more than 200 lead ids and anything that is not an id", async () => {
    const { deskApi, cookie } = await signIn();
    const many = Array.from({ length: 201 }, (_, i) => `lead=${i}`).join("&");
    expect((await deskApi(deskRequest(`/desk/api/forwarding?${many}`, { cookie }))).status).toBe(400);
    expect((await deskApi(deskRequest(`/desk/api/forwarding?lead=ana%40acme.io`, { cookie }))).status).toBe(400);
  });

  it("retries a failed job and replays a delivered one, with the CSRF token, naming who asked", async () => {
    const lead = serverLead({ tier: "nurture" });
    await storeLeadWithJobs(harness.db, lead, setup, new Date(clock));
    const jobs = createForwardJobRepository(harness.db);
    const [crm, hubspot] = await jobs.listForLeads([lead.leadId]);
    await harness.db.query("update forward_jobs set status = 'dead', attempts = 12, last_error = '503' where id = $1", [crm!.id]);
    await harness.db.query("update forward_jobs set status = 'delivered', attempts = 1 where id = $1", [hubspot!.id]);
    const { deskApi, cookie, csrf } = await signIn();

    expect((await deskApi(deskRequest("/desk/api/forwarding/retry", { cookie, body: { jobId: crm!.id } }))).status).toBe(403);
    const retried = await deskApi(deskRequest("/desk/api/forwarding/retry", { cookie, csrf, body: { jobId: crm!.id } }));
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ job: { id: crm!.id, status: "pending", attempts: 0, requestedBy: "Ana Rep" } });
    expect(requeued).toHaveBeenCalledTimes(1);

    const again = await deskApi(deskRequest("/desk/api/forwarding/retry", { cookie, csrf, body: { jobId: crm!.id } }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: "wrong_status" });

    const replayed = await deskApi(deskRequest("/desk/api/forwarding/replay", { cookie, csrf, body: { jobId: hubspot!.id } }));
    expect(await replayed.json()).toMatchObject({ job: { destination: "hubspot", status: "pending", requestedBy: "Ana Rep" } });
    expect((await deskApi(deskRequest("/desk/api/forwarding/replay", { cookie, csrf, body: { jobId: 999_999 } }))).status).toBe(404);
    expect((await deskApi(deskRequest("/desk/api/forwarding/replay", { cookie, csrf, body: { jobId: "1" } }))).status).toBe(400);
  });

  it("answers configured: false with no jobs when serve runs without destinations", async () => {
    const deskApi = createDeskApi({ store: harness.store, auth: sharedPassword("desk-secret"), now: () => clock });
    const login = await deskApi(deskRequest("/desk/api/login", { body: { name: "Ana Rep", password: "desk-secret" } }));
    const response = await deskApi(deskRequest("/desk/api/forwarding?lead=x", { cookie: cookieFrom(login) }));
    expect(await response.json()).toEqual({ now: new Date(clock).toISOString(), configured: false, jobs: [], caps: [] });
  });
});
