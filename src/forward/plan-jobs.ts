import type { ServerLead } from "../server/server-lead";
import type { ForwardSetup, JobKind } from "./destination-types";

/** One row of the forwarding queue to create with a lead. */
export interface PlannedJob {
  destination: string;
  kind: JobKind;
  /** When it is first due (ISO): at once for deliveries, the lead's respondBy for an escalation. */
  dueAt: string;
}

/**
 * The forwarding jobs a new lead gets: one per destination whose filter (forms, tiers) matches, plus,
 * for a sales-ready lead with a respondBy, one escalation job due at that time, to the first escalation
 * rule of its form (the runner drops it if someone claims the lead first). Pure.
 *
 * @example planJobs(lead, setup, "2026-11-23T12:00:01.000Z")
 * // [{ destination: "crm", kind: "deliver", dueAt: "2026-11-23T12:00:01.000Z" }, { destination: "team-lead", kind: "escalate", dueAt: "2026-11-23T12:05:00.000Z" }]
 */
export function planJobs(lead: ServerLead, setup: ForwardSetup, now: string): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  for (const destination of setup.destinations.values()) {
    const { forms, tiers } = destination.when;
    if (forms && !forms.includes(lead.formId)) continue;
    if (tiers && !tiers.includes(lead.score.tier)) continue;
    jobs.push({ destination: destination.name, kind: "deliver", dueAt: now });
  }
  if (lead.score.tier === "sales-ready" && lead.respondBy) {
    const rule = setup.escalations.find((r) => !r.forms || r.forms.includes(lead.formId));
    if (rule) jobs.push({ destination: rule.to, kind: "escalate", dueAt: lead.respondBy });
  }
  return jobs;
}
