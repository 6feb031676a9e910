import type { ContactSectionProps } from "./contact-view";
import { shortTime } from "./local-day";
import { CHANNEL_LABELS } from "./model/describe-history";
import type { DeskLead } from "./model/desk-types";
import { TierBadge } from "./tier-badge";

const FOLLOW_UP_LABELS: Record<string, string> = { "send-material": "Send material", "book-demo": "Book a demo" };

/**
 * "At the booth": for each lead captured at a trade-show tablet, who captured it, the badge id, and in
 * assisted mode the staff member's rating, the decision it made beside the visitor's own score (both
 * shown, with the reason), the note and the follow-ups promised. Clearly staff input, never mixed into
 * the visitor's answers. Renders nothing for a contact no booth saw.
 */
export function BoothSection({ contact, now }: ContactSectionProps) {
  const booth = contact.leads.filter((lead) => lead.staff || lead.capturedBy || lead.badgeId);
  if (booth.length === 0) return null;
  return (
    <section class="card" aria-labelledby="booth-title">
      <h2 id="booth-title">At the booth</h2>
      {[...booth].reverse().map((lead) => <BoothLead key={lead.leadId} lead={lead} now={now} />)}
    </section>
  );
}

function BoothLead({ lead, now }: { lead: DeskLead; now: number }) {
  const { staff } = lead;
  const where = [lead.campaign, lead.booth ? `booth ${lead.booth}` : null].filter(Boolean).join(", ");
  return (
    <article class="booth-lead" aria-label={`Booth input on the lead of ${shortTime(lead.receivedAt, now)}`}>
      <h3>
        {shortTime(lead.receivedAt, now)} · {CHANNEL_LABELS[lead.channel]}
        {where ? ` · ${where}` : ""}
      </h3>
      <dl class="answers booth-facts">
        <div>
          <dt>Captured by</dt>
          <dd>{lead.capturedBy ?? "Nobody signed in"}</dd>
        </div>
        {lead.badgeId ? (
          <div>
            <dt>Badge id</dt>
            <dd>{lead.badgeId}</dd>
          </div>
        ) : null}
        {staff ? (
          <>
            <div>
              <dt>Staff rating</dt>
              <dd><strong class="rating">{staff.rating}</strong></dd>
            </div>
            <div>
              <dt>Staff decision</dt>
              <dd>
                {staff.decision ? (
                  <><TierBadge tier={staff.decision.tier} /> score {staff.decision.total} ({staff.decision.reason})</>
                ) : "None (rating only)"}
              </dd>
            </div>
            <div>
              <dt>Visitor's own score</dt>
              <dd><TierBadge tier={lead.tier} /> score {lead.total}</dd>
            </div>
            <div>
              <dt>Follow-up</dt>
              <dd>{staff.followUp.length > 0 ? staff.followUp.map((flag) => FOLLOW_UP_LABELS[flag] ?? flag).join(", ") : "None"}</dd>
            </div>
            <div>
              <dt>Staff note</dt>
              <dd class="staff-note">{staff.note || "No note"}</dd>
            </div>
          </>
        ) : null}
      </dl>
    </article>
  );
}
