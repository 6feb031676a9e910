import { TIERS, type Tier } from "../../config/types";
import { RESPOND_WITHIN_MS } from "../../qualify/priority-for";
import type { Contact, DeskLead } from "./desk-types";

export type TierCounts = Record<Tier, number>;

export interface ReportRow {
  key: string;
  counts: TierCounts;
  total: number;
}

/** How fast sales answered sales-ready contacts that became hot in the period. */
export interface ClaimSpeed {
  /** Contacts that became sales-ready in the period. */
  hot: number;
  claimed: number;
  claimedWithin5Minutes: number;
  /** Not claimed and the 5 minutes not over yet: neither a hit nor a miss. */
  waiting: number;
  /** claimedWithin5Minutes / (hot − waiting); null when nothing was due. */
  shareWithin5Minutes: number | null;
  medianTimeToClaimMs: number | null;
}

export interface Report {
  from: string;
  to: string;
  totals: ReportRow;
  byChannel: ReportRow[];
  byCampaign: ReportRow[];
  byProductLine: ReportRow[];
  speed: ClaimSpeed;
}

export interface ReportOptions {
  /** The last day of the period (local, `YYYY-MM-DD`) and how many days it spans. */
  to: string;
  days: number;
  now: number;
  /** A timestamp's local day, `YYYY-MM-DD`. */
  dayOf: (iso: string) => string;
}

/**
 * The marketing/sales scorecard for a period: leads (every submission, by the tier its score gave) per
 * channel, campaign and product line (per day: `timeline`, which the chart draws), and how fast sales claimed the hot ones: median time to claim
 * and the share claimed within 5 minutes.
 *
 * @example buildReport(contacts, { to: "2026-11-23", days: 14, now: Date.now(), dayOf: localDay })
 */
export function buildReport(contacts: readonly Contact[], options: ReportOptions): Report {
  const dayList = lastDays(options.to, options.days);
  const from = dayList[0]!;
  const inPeriod = (iso: string) => {
    const day = options.dayOf(iso);
    return day >= from && day <= options.to;
  };
  const leads = contacts.flatMap((contact) => contact.leads).filter((lead) => inPeriod(lead.receivedAt));
  return {
    from,
    to: options.to,
    totals: row("all", leads),
    byChannel: groupRows(leads, (lead) => lead.channel),
    byCampaign: groupRows(leads, (lead) => lead.campaign ?? "(none)"),
    byProductLine: groupRows(leads, (lead) => lead.productLine ?? "(none)"),
    speed: claimSpeed(contacts.filter((contact) => hotStart(contact) !== null && inPeriod(hotStart(contact)!)), options.now),
  };
}

/** When the contact became hot: its open hot run, or for a claimed contact the moment the clock started. */
function hotStart(contact: Contact): string | null {
  if (contact.claim && contact.claim.timeToClaimMs !== null) return new Date(Date.parse(contact.claim.at) - contact.claim.timeToClaimMs).toISOString();
  return contact.hot?.since ?? null;
}

function claimSpeed(hotContacts: readonly Contact[], now: number): ClaimSpeed {
  const times = hotContacts.flatMap((c) => (c.claim && c.claim.timeToClaimMs !== null ? [c.claim.timeToClaimMs] : []));
  const waiting = hotContacts.filter((c) => !c.claim && c.hot && Date.parse(c.hot.since) + RESPOND_WITHIN_MS > now).length;
  const within = times.filter((ms) => ms <= RESPOND_WITHIN_MS).length;
  const due = hotContacts.length - waiting;
  return {
    hot: hotContacts.length,
    claimed: hotContacts.filter((c) => c.claim).length,
    claimedWithin5Minutes: within,
    waiting,
    shareWithin5Minutes: due > 0 ? within / due : null,
    medianTimeToClaimMs: median(times),
  };
}

/**
 * The middle value (the mean of the two middle ones for an even count); null for none.
 *
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The `count` local days ending with `to`, oldest first (calendar arithmetic on the date only).
 *
 * @example lastDays("2026-03-01", 2) // ["2026-02-28", "2026-03-01"]
 */
export function lastDays(to: string, count: number): string[] {
  const end = Date.parse(`${to}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

function countTiers(leads: readonly DeskLead[]): TierCounts {
  const counts = Object.fromEntries(TIERS.map((tier) => [tier, 0])) as TierCounts;
  for (const lead of leads) counts[lead.tier]++;
  return counts;
}

function sum(counts: TierCounts): number {
  return TIERS.reduce((total, tier) => total + counts[tier], 0);
}

function row(key: string, leads: readonly DeskLead[]): ReportRow {
  const counts = countTiers(leads);
  return { key, counts, total: sum(counts) };
}

function groupRows(leads: readonly DeskLead[], keyOf: (lead: DeskLead) => string): ReportRow[] {
  const groups = new Map<string, DeskLead[]>();
  for (const lead of leads) groups.set(keyOf(lead), [...(groups.get(keyOf(lead)) ?? []), lead]);
  return [...groups.entries()].map(([key, group]) => row(key, group)).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}
