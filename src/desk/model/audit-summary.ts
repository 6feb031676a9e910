import type { Tier } from "../../config/types";
import type { Contact } from "./desk-types";

export const AUDITED_TIERS = ["disqualified", "nurture"] as const satisfies readonly Tier[];

/** How often one reason set a tier, and how often people disagreed with it. */
export interface ReasonShare {
  reason: string;
  /** Contacts of this tier whose latest score gives this reason. */
  count: number;
  /** count / contacts of this tier (0..1). */
  share: number;
  /** Of those, how many a person requalified. A high number means the rule is probably wrong. */
  requalified: number;
}

export interface AuditSummary {
  /** Disqualified and nurture contacts, most recent activity first. */
  contacts: Contact[];
  /** Per audited tier, its reasons by how many contacts they set there, most first. */
  reasons: Record<(typeof AUDITED_TIERS)[number], { total: number; shares: ReasonShare[] }>;
}

/**
 * What marketing reviews: leads set aside (disqualified) or sent to nurture, with the reasons, and which
 * rules set most of them ("Student: 31%"). A contact counts under the tier its latest lead's score gave
 * it, also after a requalification, so the rule's record stays visible next to the people's correction.
 *
 * @example auditSummary(contacts).reasons.disqualified.shares[0] // { reason: "Student", share: 0.31, … }
 */
export function auditSummary(contacts: readonly Contact[]): AuditSummary {
  const scoredTier = (contact: Contact) => contact.leads[contact.leads.length - 1]!.tier;
  const reasons = Object.fromEntries(
    AUDITED_TIERS.map((tier) => {
      const scored = contacts.filter((contact) => scoredTier(contact) === tier);
      const counts = new Map<string, { count: number; requalified: number }>();
      for (const contact of scored) {
        const requalified = contact.steps.some((step) => step.kind === "requalify");
        for (const reason of new Set(contact.reasons)) {
          const entry = counts.get(reason) ?? { count: 0, requalified: 0 };
          entry.count++;
          if (requalified) entry.requalified++;
          counts.set(reason, entry);
        }
      }
      const shares = [...counts.entries()]
        .map(([reason, { count, requalified }]) => ({ reason, count, share: count / scored.length, requalified }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
      return [tier, { total: scored.length, shares }];
    }),
  ) as AuditSummary["reasons"];
  return {
    contacts: contacts.filter((contact) => (AUDITED_TIERS as readonly Tier[]).includes(scoredTier(contact))),
    reasons,
  };
}

/**
 * A share as a whole percentage, as people read it.
 *
 * @example percent(0.3125) // "31%"
 */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
