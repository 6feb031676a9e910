import { ContactName } from "./contact-name";
import { AUDITED_TIERS, auditSummary, percent } from "./model/audit-summary";
import { TIER_LABELS } from "./model/describe-history";
import type { Contact } from "./model/desk-types";
import { shortTime } from "./local-day";
import { TierBadge } from "./tier-badge";
import { routeHref } from "./use-route";

/**
 * What the rules set aside (disqualified) or sent to nurture, with their reasons, which rules do most
 * of that ("Student: 31%") and how often people disagreed, so marketing can see where a rule is wrong.
 */
export function AuditView({ contacts, now }: { contacts: Contact[]; now: number }) {
  const summary = auditSummary(contacts);
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit</h1>
      <p class="muted">Never dropped, always with a reason: review the leads the rules set aside and requalify the hidden gems.</p>
      <div class="grid-2">
        {AUDITED_TIERS.map((tier) => {
          const { total, shares } = summary.reasons[tier];
          return (
            <section key={tier} class="card" aria-labelledby={`reasons-${tier}`}>
              <h2 id={`reasons-${tier}`}>Why {TIER_LABELS[tier]} ({total})</h2>
              {shares.length === 0 ? (
                <p class="empty">None.</p>
              ) : (
                <ul class="shares">
                  {shares.map((share) => (
                    <li key={share.reason}>
                      <span class="share-label">{share.reason}: {percent(share.share)}</span>
                      <span class="muted"> ({share.count} of {total}{share.requalified > 0 ? `, ${share.requalified} requalified by people` : ""})</span>
                      <svg class="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect width="100" height="6" class="share-track" />
                        <rect width={Math.max(1, share.share * 100)} height="6" class={`share-fill fill-${tier}`} />
                      </svg>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <h2>Leads to review</h2>
      {summary.contacts.length === 0 ? (
        <p class="empty">Nothing to review.</p>
      ) : (
        <ul class="audit-list">
          {summary.contacts.map((contact) => {
            const scored = contact.leads[contact.leads.length - 1]!;
            return (
              <li key={contact.id} class="card audit-item">
                <ContactName contact={contact} />
                <p>
                  <TierBadge tier={scored.tier} /> score {scored.total} · {shortTime(scored.receivedAt, now)}
                  {contact.tier !== scored.tier ? <> · now <TierBadge tier={contact.tier} /> (requalified)</> : null}
                </p>
                <ul class="reason-list">{contact.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
                <a class="button" href={routeHref({ view: "contact", contactId: contact.id })}>Review and requalify<span class="visually-hidden"> {contact.name ?? contact.email ?? ""}</span></a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
