import { DIMENSIONS } from "../config/types";
import { CHANNEL_LABELS } from "./model/describe-history";
import type { DeskLead } from "./model/desk-types";
import { shortTime } from "./local-day";
import { TierBadge } from "./tier-badge";

/** One lead as it arrived: when and where, the server's score with every dimension, the reasons and the answers. */
export function LeadCard({ lead, now }: { lead: DeskLead; now: number }) {
  const answers = Object.entries(lead.answers);
  return (
    <article class="card lead-card" aria-label={`Lead of ${shortTime(lead.receivedAt, now)}`}>
      <h3>
        {shortTime(lead.receivedAt, now)} · {CHANNEL_LABELS[lead.channel]} · <TierBadge tier={lead.tier} /> score {lead.total}
      </h3>
      <p class="muted">
        Form {lead.formId}
        {lead.productLine ? ` · product line ${lead.productLine}` : ""}
        {lead.campaign ? ` · campaign ${lead.campaign}` : ""} · visit {lead.visit}
      </p>
      {lead.scoreMismatch || lead.suspectedBot || lead.partial ? (
        <ul class="flags">
          {lead.scoreMismatch ? <li>The browser scored it differently; this is the server's score.</li> : null}
          {lead.suspectedBot ? <li>Suspected bot (honeypot or too fast).</li> : null}
          {lead.partial ? <li>Partial: the visitor left before the end.</li> : null}
        </ul>
      ) : null}
      <h4>Reasons</h4>
      <ul class="reason-list">{lead.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
      <h4>Score per dimension</h4>
      <p class="dimensions">{DIMENSIONS.map((d) => `${d} ${lead.dimensions[d]}`).join(" · ")}</p>
      <h4>Answers</h4>
      <dl class="answers">
        {answers.map(([question, value]) => (
          <div key={question}>
            <dt>{question}</dt>
            <dd>{Array.isArray(value) ? value.join(", ") : typeof value === "boolean" ? (value ? "yes" : "no") : String(value)}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
