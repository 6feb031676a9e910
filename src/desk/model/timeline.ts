import { TIERS } from "../../config/types";
import { lastDays } from "./build-report";
import type { Contact, DeskLead } from "./desk-types";

/** What the report's chart splits each day's leads by. */
export type SplitBy = "tier" | "channel" | "campaign" | "productLine";

export interface Timeline {
  /** The series, in legend order: tiers in tier order, other keys most leads first. */
  keys: string[];
  days: Array<{ day: string; counts: Record<string, number>; total: number }>;
}

const KEY_OF: Record<SplitBy, (lead: DeskLead) => string> = {
  tier: (lead) => lead.tier,
  channel: (lead) => lead.channel,
  campaign: (lead) => lead.campaign ?? "(none)",
  productLine: (lead) => lead.productLine ?? "(none)",
};

/**
 * Leads per local day over a period, split by tier, channel, campaign or product line, for the chart
 * ("which campaign brought the sales-ready leads last week?").
 *
 * @example timeline(contacts, { to: "2026-11-23", days: 14, dayOf: localDay, splitBy: "campaign" })
 */
export function timeline(contacts: readonly Contact[], options: { to: string; days: number; dayOf: (iso: string) => string; splitBy: SplitBy }): Timeline {
  const dayList = lastDays(options.to, options.days);
  const keyOf = KEY_OF[options.splitBy];
  const byDay = new Map(dayList.map((day) => [day, new Map<string, number>()]));
  const totals = new Map<string, number>();
  for (const lead of contacts.flatMap((c) => c.leads)) {
    const counts = byDay.get(options.dayOf(lead.receivedAt));
    if (!counts) continue;
    const key = keyOf(lead);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  const keys =
    options.splitBy === "tier"
      ? [...TIERS]
      : [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  return {
    keys,
    days: dayList.map((day) => {
      const counts = Object.fromEntries(keys.map((key) => [key, byDay.get(day)!.get(key) ?? 0]));
      return { day, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    }),
  };
}
