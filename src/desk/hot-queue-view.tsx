import { useState } from "preact/hooks";
import { RESPOND_WITHIN_MS } from "../qualify/priority-for";
import type { DeskClient } from "./desk-client";
import { ContactName, contactLabel } from "./contact-name";
import { countdown, formatDuration, hotQueue } from "./model/hot-queue";
import { describeHistory } from "./model/describe-history";
import type { Contact } from "./model/desk-types";
import { shortTime } from "./local-day";

interface Props {
  contacts: Contact[];
  now: number;
  client: DeskClient;
  refresh: () => void;
}

/**
 * Sales-ready contacts nobody has claimed, most urgent first, each with a live countdown to its
 * 5-minute promise (overdue in red, and said in words), and Claim. Below: what was claimed recently,
 * by whom and how fast.
 */
export function HotQueueView({ contacts, now, client, refresh }: Props) {
  const [status, setStatus] = useState("");
  const queue = hotQueue(contacts);
  const claimed = contacts
    .filter((c) => c.claim)
    .sort((a, b) => b.claim!.at.localeCompare(a.claim!.at))
    .slice(0, 10);

  const claim = async (contact: Contact) => {
    const result = await client.claim(contact.id);
    if (result.ok) {
      const waited = contact.hot ? formatDuration(Date.parse(result.value.event.at) - Date.parse(contact.hot.since)) : "";
      setStatus(`You claimed ${contactLabel(contact)}${waited ? `, ${waited} after they asked` : ""}. Call them now.`);
    } else {
      setStatus(result.failure.message);
    }
    refresh();
  };

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Hot queue</h1>
      <p class="muted">Sales-ready people waiting for a call, the most urgent first. Claim one and call within 5 minutes.</p>
      <p class="status" role="status">{status}</p>
      {queue.length === 0 ? (
        <p class="empty">Nobody is waiting. New sales-ready leads appear here within seconds.</p>
      ) : (
        <ol class="queue" aria-label="Waiting for a call">
          {queue.map((contact) => {
            const left = countdown(contact.hot!.respondBy, now);
            return (
              <li key={contact.id} class={`card queue-item${left.overdue ? " overdue" : ""}`}>
                <ContactName contact={contact} />
                <p class="history">{describeHistory(contact.steps)}</p>
                <p class="reasons">Score {contact.total} · {contact.reasons.join(" · ")}</p>
                <p class={`countdown${left.overdue ? " is-overdue" : ""}`}>
                  {left.overdue ? `Overdue by ${left.text}` : `Respond within ${left.text}`}
                </p>
                <button class="button primary" type="button" onClick={() => void claim(contact)} aria-label={`Claim ${contactLabel(contact)}`}>
                  Claim
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <h2>Recently claimed</h2>
      {claimed.length === 0 ? (
        <p class="empty">No claims yet.</p>
      ) : (
        <ul class="claimed" aria-label="Recently claimed">
          {claimed.map((contact) => {
            const ms = contact.claim!.timeToClaimMs;
            return (
              <li key={contact.id} class="claimed-item">
                <ContactName contact={contact} />
                <span>
                  {contact.claim!.actor} · {shortTime(contact.claim!.at, now)} ·{" "}
                  <span class={ms !== null && ms > RESPOND_WITHIN_MS ? "late" : "on-time"}>time to claim {ms === null ? "—" : formatDuration(ms)}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
