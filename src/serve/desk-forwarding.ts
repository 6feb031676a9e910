import { forwardStatus } from "../desk/model/forward-status";
import type { DeskDailyCap, DeskForwardJob, ForwardingResponse } from "../desk/model/desk-types";
import type { ForwardJob } from "../store/forward-job-repository";
import { deskError, json } from "./desk-responses";
import type { DeskForwarding } from "./desk-store";

/** At most this many leads per status request: a person has a handful, and the query stays small. */
const MAX_LEADS = 200;
const LEAD_ID = /^[A-Za-z0-9-]{1,100}$/;

/**
 * GET /desk/api/forwarding?lead=<id>…: the jobs of those leads (a contact's page asks for its leads'
 * ids, opaque ids being the only lead data in a URL) and every daily cap with today's count.
 *
 * @example await forwardingStatus(forwarding, new URL("http://x/desk/api/forwarding?lead=7b0c…"), Date.now())
 */
export async function forwardingStatus(forwarding: DeskForwarding | undefined, url: URL, now: number): Promise<Response> {
  const leadIds = url.searchParams.getAll("lead");
  if (leadIds.length > MAX_LEADS || !leadIds.every((id) => LEAD_ID.test(id))) return deskError(400, "invalid_request", `Ask for up to ${MAX_LEADS} lead ids.`);
  const body: ForwardingResponse = { now: new Date(now).toISOString(), configured: (forwarding?.destinations.size ?? 0) > 0, jobs: [], caps: [] };
  if (!forwarding) return json(200, body);
  const jobs = await forwarding.jobs.listForLeads(leadIds);
  body.jobs = jobs.map((job) => toDeskJob(job, forwarding, now));
  const day = new Date(now).toISOString().slice(0, 10);
  const counts = await forwarding.jobs.dailyCounts(day);
  body.caps = [...forwarding.destinations.values()].flatMap((d): DeskDailyCap[] =>
    d.type === "salesforce" ? [{ destination: d.name, used: counts.get(d.name) ?? 0, cap: d.dailyCap, day }] : []);
  return json(200, body);
}

/**
 * POST /desk/api/forwarding/retry (a dead job) or /replay (a delivered one), body `{ jobId }`: the job is due
 * again now, with the person's name kept on it. 409 when the job is in another state (someone else was faster).
 *
 * @example await requeueJob(forwarding, { jobId: 12 }, "dead", "Ana Rep", Date.now())
 */
export async function requeueJob(
  forwarding: DeskForwarding | undefined,
  body: Record<string, unknown> | null,
  from: "dead" | "delivered",
  actor: string,
  now: number,
): Promise<Response> {
  const jobId = body?.["jobId"];
  if (typeof jobId !== "number" || !Number.isInteger(jobId) || jobId < 1) return deskError(400, "invalid_request", "jobId is required.");
  if (!forwarding) return deskError(404, "not_found", "No such forwarding job.");
  const result = await forwarding.jobs.requeue(jobId, from, actor, new Date(now));
  if (result === "not_found") return deskError(404, "not_found", "No such forwarding job.");
  if (result === "wrong_status") {
    return deskError(409, "wrong_status", from === "dead" ? "Only a failed job can be retried: it is no longer failed." : "Only a delivered job can be replayed: it is not delivered (yet).");
  }
  forwarding.requeued();
  return json(200, { job: toDeskJob(result, forwarding, now) });
}

function toDeskJob(job: ForwardJob, forwarding: DeskForwarding, now: number): DeskForwardJob {
  return {
    id: job.id,
    leadId: job.leadId,
    destination: job.destination,
    type: forwarding.destinations.get(job.destination)?.type ?? null,
    kind: job.kind,
    status: forwardStatus(job, now),
    attempts: job.attempts,
    nextAttemptAt: job.nextAttemptAt,
    lastStatus: job.lastStatus,
    lastError: job.lastError,
    deliveredAt: job.deliveredAt,
    requestedBy: job.requestedBy,
  };
}
