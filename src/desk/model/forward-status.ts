import type { DeskDailyCap, DeskForwardJob, ForwardStatus } from "./desk-types";
import { formatDuration } from "./hot-queue";

/** Share of a daily cap at which the desk starts warning: time to slow down or raise it with Salesforce. */
export const CAP_WARNING_SHARE = 0.8;

/**
 * The desk's word for a stored job's state (see ForwardStatus).
 *
 * @example forwardStatus({ status: "pending", kind: "deliver", attempts: 2, nextAttemptAt: "…" }, now) // "retrying"
 */
export function forwardStatus(job: { status: string; kind: string; attempts: number; nextAttemptAt: string }, now: number): ForwardStatus {
  if (job.status === "delivered" || job.status === "dead" || job.status === "skipped") return job.status;
  if (job.attempts > 0) return "retrying";
  if (Date.parse(job.nextAttemptAt) <= now) return "pending";
  return job.kind === "escalate" ? "scheduled" : "waiting";
}

export const FORWARD_STATUS_LABELS: Record<ForwardStatus, string> = {
  pending: "Pending",
  scheduled: "Scheduled",
  waiting: "Waiting",
  retrying: "Retrying",
  delivered: "Delivered",
  dead: "Failed",
  skipped: "Not needed",
};

const ISO_TIME = /\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\b/g;
const utcTime = (iso: string) => `${iso.slice(11, 16)} UTC`;

/**
 * One line saying what happened and what comes next, in words a rep reads at a glance. Timestamps in the
 * server's notes ("claimed by Ana at 2026-11-23T12:01:00.000Z") are shown with `formatTime` (the desk passes
 * the rep's local time).
 *
 * @example describeForwardJob(retryingJob, now) // "Attempt 2 got 503. Next try in 0:40."
 */
export function describeForwardJob(job: DeskForwardJob, now: number, formatTime: (iso: string) => string = utcTime): string {
  const text = describe(job, now);
  return text.replace(ISO_TIME, (iso) => formatTime(iso));
}

function describe(job: DeskForwardJob, now: number): string {
  const next = Date.parse(job.nextAttemptAt);
  const inWords = next > now ? `in ${formatDuration(next - now)}` : "now";
  const got = job.lastError ?? (job.lastStatus !== null ? String(job.lastStatus) : "no answer");
  const by = job.requestedBy ? ` (sent again at ${job.requestedBy}'s request)` : "";
  switch (job.status) {
    case "delivered":
      return `Delivered${job.lastStatus !== null ? ` (${job.lastStatus})` : ""}${job.attempts > 1 ? ` after ${job.attempts} attempts` : ""}${by}.`;
    case "dead":
      return `Gave up: ${got}.`;
    case "skipped":
      return job.lastError ? `${capitalize(job.lastError)}.` : "Not needed.";
    case "retrying":
      return `Attempt ${job.attempts} got ${got}. Next try ${inWords}.`;
    case "scheduled":
      return `Goes out ${inWords} if nobody claims the lead by then.`;
    case "waiting":
      return job.lastError ? `${capitalize(job.lastError)}.` : `Held back by the rate limit; goes out ${inWords}.`;
    case "pending":
      return "Going out now.";
  }
}

/**
 * A warning when a daily cap is at least 80% used, else null.
 *
 * @example capWarning({ destination: "salesforce", used: 410, cap: 500, day: "2026-11-23" })
 * // "salesforce: 410 of 500 Web-to-Lead submissions used today (82%). Leads past 500 wait until tomorrow (UTC)."
 */
export function capWarning(cap: DeskDailyCap): string | null {
  if (cap.used < cap.cap * CAP_WARNING_SHARE) return null;
  const share = Math.floor((cap.used / cap.cap) * 100);
  return `${cap.destination}: ${cap.used} of ${cap.cap} Web-to-Lead submissions used today (${share}%). Leads past ${cap.cap} wait until tomorrow (UTC).`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
