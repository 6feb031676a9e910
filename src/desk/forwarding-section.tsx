import { useState } from "preact/hooks";
import type { ContactSectionProps } from "./contact-view";
import { shortTime } from "./local-day";
import { capWarning, describeForwardJob, FORWARD_STATUS_LABELS } from "./model/forward-status";
import type { DeskForwardJob } from "./model/desk-types";
import { useForwarding } from "./use-forwarding";

/** How often an open contact page refreshes its forwarding status. */
export const FORWARDING_POLL_MS = 2000;

/**
 * Where a contact's leads went: one row per lead × destination (and the escalation, when there is one),
 * its status in words and what comes next, "Retry" on a failed job and "Replay to <destination>" on a
 * delivered one, and the Salesforce daily-cap warning when the day is nearly used up.
 */
export function ForwardingSection({ contact, now, client }: ContactSectionProps) {
  const { data, refresh } = useForwarding(client, contact.leads.map((l) => l.leadId), FORWARDING_POLL_MS);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  if (!data) return null;
  const warnings = data.caps.map(capWarning).filter((w): w is string => w !== null);
  const submittedAt = new Map(contact.leads.map((l) => [l.leadId, l.submittedAt]));

  const requeue = async (job: DeskForwardJob, action: "retry" | "replay") => {
    const result = await client.requeueForward(job.id, action);
    if (result.ok) {
      setError("");
      setMessage(action === "retry" ? `Sending to ${job.destination} again.` : `Replaying to ${job.destination}.`);
    } else setError(result.failure.message);
    refresh();
  };

  return (
    <section class="card forwarding" aria-labelledby="forwarding-title">
      <h2 id="forwarding-title">Forwarding</h2>
      {warnings.map((warning) => <p key={warning} class="cap-warning">{warning}</p>)}
      {!data.configured ? (
        <p class="empty">Leads are not forwarded anywhere: serve runs without a destinations file.</p>
      ) : data.jobs.length === 0 ? (
        <p class="empty">No destination takes these leads (destinations filter by form and tier).</p>
      ) : (
        <ul class="forward-jobs" aria-label="Destinations">
          {data.jobs.map((job) => (
            <li key={job.id} class={`forward-job status-${job.status}`}>
              <span class="forward-destination">
                {job.kind === "escalate" ? "Escalation to " : ""}
                <strong>{job.destination}</strong>
                {job.type ? <span class="muted"> · {job.type}</span> : null}
                {contact.leads.length > 1 ? <span class="muted"> · lead of {shortTime(submittedAt.get(job.leadId) ?? job.nextAttemptAt, now)}</span> : null}
              </span>
              <span class={`badge forward-badge-${job.status}`}>{FORWARD_STATUS_LABELS[job.status]}</span>
              <span class="forward-detail">{describeForwardJob(job, now, (iso) => shortTime(iso, now))}</span>
              {job.status === "dead" ? (
                <button class="button" type="button" onClick={() => void requeue(job, "retry")}>Retry {job.destination}</button>
              ) : job.status === "delivered" ? (
                <button class="button" type="button" onClick={() => void requeue(job, "replay")}>Replay to {job.destination}</button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p class="error" role="alert">{error}</p>
      <p class="status" role="status">{message}</p>
    </section>
  );
}
