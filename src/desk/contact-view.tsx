import type { ComponentType } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { BoothSection } from "./booth-section";
import type { DeskClient } from "./desk-client";
import { contactLabel } from "./contact-name";
import { ForwardingSection } from "./forwarding-section";
import { LeadCard } from "./lead-card";
import { describeHistory, TIER_LABELS } from "./model/describe-history";
import type { Contact } from "./model/desk-types";
import { countdown, formatDuration } from "./model/hot-queue";
import { RequalifyForm } from "./requalify-form";
import { shortTime } from "./local-day";
import { TierBadge } from "./tier-badge";

export interface ContactSectionProps {
  contact: Contact;
  now: number;
  client: DeskClient;
  refresh: () => void;
}

/**
 * Sections a contact's page shows after its leads, in order. Later features (forwarding status per
 * destination, staff ratings and notes) add theirs here instead of growing this component.
 */
export const CONTACT_SECTIONS: Array<{ id: string; Component: ComponentType<ContactSectionProps> }> = [
  { id: "booth", Component: BoothSection },
  { id: "activity", Component: ActivitySection },
  { id: "forwarding", Component: ForwardingSection },
  { id: "requalify", Component: ({ contact, client, refresh }) => <RequalifyForm contact={contact} client={client} refresh={refresh} /> },
];

/** One person: who they are, where they stand now, the tier history, and every lead with its answers. */
export function ContactView({ contact, now, client, refresh }: ContactSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState("");
  useEffect(() => heading.current?.focus(), [contact.id]);
  const left = contact.hot && !contact.claim ? countdown(contact.hot.respondBy, now) : null;

  const claim = async () => {
    const result = await client.claim(contact.id);
    setStatus(result.ok ? `You claimed ${contactLabel(contact)}. Call them now.` : result.failure.message);
    refresh();
  };

  return (
    <section aria-labelledby="contact-title">
      <p><a href="#/leads">← All leads</a></p>
      <h1 id="contact-title" tabIndex={-1} ref={heading}>{contactLabel(contact)}</h1>
      <p class="muted">{[contact.email, contact.company].filter(Boolean).join(" · ")}</p>
      <div class="card contact-summary">
        <p>Now <TierBadge tier={contact.tier} /> · {contact.leads.length} lead(s) since {shortTime(contact.firstSeenAt, now)}</p>
        <p class="history">{describeHistory(contact.steps)}</p>
        {contact.claim ? (
          <p>
            Claimed by {contact.claim.actor} at {shortTime(contact.claim.at, now)}
            {contact.claim.timeToClaimMs !== null ? `, ${formatDuration(contact.claim.timeToClaimMs)} after they became sales-ready` : ""}.
          </p>
        ) : left ? (
          <p class={`countdown${left.overdue ? " is-overdue" : ""}`}>
            {left.overdue ? `Overdue by ${left.text}` : `Respond within ${left.text}`}{" "}
            <button class="button primary" type="button" onClick={() => void claim()}>Claim</button>
          </p>
        ) : null}
        <p class="status" role="status">{status}</p>
      </div>
      <h2>Leads, newest first</h2>
      {[...contact.leads].reverse().map((lead) => <LeadCard key={lead.leadId} lead={lead} now={now} />)}
      {CONTACT_SECTIONS.map(({ id, Component }) => <Component key={id} contact={contact} now={now} client={client} refresh={refresh} />)}
    </section>
  );
}

function ActivitySection({ contact, now }: ContactSectionProps) {
  return (
    <section class="card" aria-labelledby="activity-title">
      <h2 id="activity-title">Activity</h2>
      {contact.events.length === 0 ? (
        <p class="empty">Nobody has claimed or requalified this contact yet.</p>
      ) : (
        <ul class="activity">
          {contact.events.map((event) => (
            <li key={event.id}>
              {shortTime(event.at, now)} · {event.actor}{" "}
              {event.kind === "claim" ? "claimed" : <>requalified {TIER_LABELS[event.fromTier]} → {TIER_LABELS[event.tier]}: “{event.note}”</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
