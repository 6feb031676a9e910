import type { Tier } from "../../config/types";
import { contactEmail } from "../../qualify/contact-email";
import { RESPOND_WITHIN_MS } from "../../qualify/priority-for";
import type { Contact, DeskEvent, DeskLead, TierStep } from "./desk-types";

/**
 * Groups leads into people: two leads belong to one contact when they share an email (case and
 * spaces ignored), a visitorId, or one `supersedes` the other, transitively. The result does not
 * depend on the order of `leads`; contacts come newest activity first.
 *
 * @example
 * groupContacts([kioskLead, webLead], events)[0].steps.map((s) => s.tier) // ["nurture", "sales-ready"]
 */
export function groupContacts(leads: readonly DeskLead[], events: readonly DeskEvent[]): Contact[] {
  const sorted = [...leads].sort(byReceived);
  const parent = new Map<string, string>(sorted.map((lead) => [lead.leadId, lead.leadId]));
  const rank = new Map<string, number>(sorted.map((lead, index) => [lead.leadId, index]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  // The earlier lead stays the root, so a contact's id is its first lead's id.
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    if (rank.get(ra)! < rank.get(rb)!) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const firstByKey = new Map<string, string>();
  for (const lead of sorted) {
    for (const key of identityKeys(lead)) {
      const first = firstByKey.get(key);
      if (first) union(first, lead.leadId);
      else firstByKey.set(key, lead.leadId);
    }
    if (lead.supersedes && parent.has(lead.supersedes)) union(lead.supersedes, lead.leadId);
  }

  const groups = new Map<string, DeskLead[]>();
  for (const lead of sorted) {
    const root = find(lead.leadId);
    groups.set(root, [...(groups.get(root) ?? []), lead]);
  }
  const eventsByLead = new Map<string, DeskEvent[]>();
  for (const event of [...events].sort((a, b) => a.id - b.id)) eventsByLead.set(event.leadId, [...(eventsByLead.get(event.leadId) ?? []), event]);

  return [...groups.entries()]
    .map(([id, group]) => buildContact(id, group, group.flatMap((lead) => eventsByLead.get(lead.leadId) ?? []).sort((a, b) => a.id - b.id)))
    .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt) || a.id.localeCompare(b.id));
}

function identityKeys(lead: DeskLead): string[] {
  const keys: string[] = [];
  const email = contactEmail(lead.answers);
  if (email !== null) keys.push(`email:${email}`);
  if (lead.visitorId) keys.push(`visitor:${lead.visitorId}`);
  return keys;
}

function byReceived(a: DeskLead, b: DeskLead): number {
  return a.receivedAt.localeCompare(b.receivedAt) || a.leadId.localeCompare(b.leadId);
}

function buildContact(id: string, leads: DeskLead[], events: DeskEvent[]): Contact {
  const latest = leads[leads.length - 1]!;
  const channelOf = new Map(leads.map((lead) => [lead.leadId, lead.channel]));
  const steps: TierStep[] = [
    ...leads.flatMap((lead): TierStep[] => [
      { kind: "lead", at: lead.receivedAt, leadId: lead.leadId, channel: lead.channel, tier: lead.tier },
      // A booth staff member's decision follows the visitor's own tier, as a step of its own: shown, never silent.
      ...(lead.staff?.decision ? [staffStep(lead, lead.staff.decision.tier)] : []),
    ]),
    ...events.flatMap((event): TierStep[] =>
      event.kind === "requalify"
        ? [{ kind: "requalify", at: event.at, leadId: event.leadId, channel: channelOf.get(event.leadId) ?? latest.channel, tier: event.tier, actor: event.actor, note: event.note }]
        : [],
    ),
  ].sort((a, b) => a.at.localeCompare(b.at) || STEP_ORDER[a.kind] - STEP_ORDER[b.kind]);
  const tier = steps[steps.length - 1]!.tier;
  const firstClaim = events.find((event) => event.kind === "claim");
  return {
    id,
    name: latestText(leads, "name"),
    email: latestText(leads, "email"),
    company: latestText(leads, "company"),
    leads,
    events,
    steps,
    tier,
    total: latest.total,
    reasons: latest.reasons,
    firstSeenAt: leads[0]!.receivedAt,
    lastSeenAt: [latest.receivedAt, ...events.map((e) => e.at)].sort().at(-1)!,
    hot: tier === "sales-ready" ? hotSince(steps, leads) : null,
    claim: firstClaim
      ? {
          actor: firstClaim.actor,
          at: firstClaim.at,
          leadId: firstClaim.leadId,
          timeToClaimMs: firstClaim.kind === "claim" && firstClaim.since ? Date.parse(firstClaim.at) - Date.parse(firstClaim.since) : null,
        }
      : null,
  };
}

/** The start of the trailing run of sales-ready steps: when the contact began waiting for a call. */
function hotSince(steps: TierStep[], leads: DeskLead[]): Contact["hot"] {
  let start = steps.length - 1;
  while (start > 0 && steps[start - 1]!.tier === ("sales-ready" satisfies Tier)) start--;
  const step = steps[start]!;
  if (step.kind !== "lead") {
    return { leadId: step.leadId, since: step.at, respondBy: new Date(Date.parse(step.at) + RESPOND_WITHIN_MS).toISOString() };
  }
  const lead = leads.find((l) => l.leadId === step.leadId)!;
  // The visitor's clock may run ahead of ours: never start the clock after the lead arrived.
  const since = lead.submittedAt < lead.receivedAt ? lead.submittedAt : lead.receivedAt;
  return { leadId: lead.leadId, since, respondBy: lead.respondBy ?? new Date(Date.parse(since) + RESPOND_WITHIN_MS).toISOString() };
}

/** At the same moment: the lead, then its staff rating, then a person's requalification. */
const STEP_ORDER: Record<TierStep["kind"], number> = { lead: 0, staff: 1, requalify: 2 };

function staffStep(lead: DeskLead, tier: Tier): TierStep {
  return {
    kind: "staff",
    at: lead.receivedAt,
    leadId: lead.leadId,
    channel: lead.channel,
    tier,
    ...(lead.capturedBy ? { actor: lead.capturedBy } : {}),
    ...(lead.staff?.note ? { note: lead.staff.note } : {}),
    ...(lead.staff ? { rating: lead.staff.rating } : {}),
  };
}

function latestText(leads: DeskLead[], key: string): string | null {
  for (let i = leads.length - 1; i >= 0; i--) {
    const value = leads[i]!.answers[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}
