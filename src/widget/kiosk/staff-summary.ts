import { TIERS, type Tier } from "../../config/types";
import type { KioskLeadRow } from "./kiosk-lead-row";
import { localDay } from "./local-day";

/** What the staff panel shows: today's leads per tier and per staff member, the outbox backlog and the last sync. */
export interface StaffSummary {
  /** Leads submitted on this device today (local day), per tier, whatever their delivery state. */
  today: Record<Tier, number>;
  todayTotal: number;
  /** Today's leads per staff member (`capturedBy`; null: nobody was signed in), most first. */
  todayByStaff: Array<{ name: string | null; count: number }>;
  /** Every lead this device holds or delivered, any day. */
  total: number;
  /** Waiting in the outbox (pending or being sent), any day. */
  pending: number;
  /** Refused by the endpoint (kept, never deleted), any day. */
  failed: number;
  /** The latest `deliveredAt`, or null when nothing was delivered yet. */
  lastSyncAt: string | null;
}

/**
 * Counts this device's leads for the staff panel. Pure: `now` decides what "today" is.
 *
 * @example summarizeLeads(rows, new Date()).today["sales-ready"] // 3
 */
export function summarizeLeads(rows: readonly KioskLeadRow[], now: Date): StaffSummary {
  const today = Object.fromEntries(TIERS.map((tier) => [tier, 0])) as Record<Tier, number>;
  const day = localDay(now);
  let todayTotal = 0;
  const byStaff = new Map<string | null, number>();
  let pending = 0;
  let failed = 0;
  let lastSyncAt: string | null = null;
  for (const row of rows) {
    const submitted = new Date(row.submittedAt);
    if (!Number.isNaN(submitted.getTime()) && localDay(submitted) === day) {
      today[row.tier] += 1;
      todayTotal += 1;
      const name = row.lead?.capturedBy ?? null;
      byStaff.set(name, (byStaff.get(name) ?? 0) + 1);
    }
    if (row.status === "pending" || row.status === "sending") pending += 1;
    if (row.status === "failed") failed += 1;
    // ISO timestamps compare as text.
    if (row.deliveredAt && (lastSyncAt === null || row.deliveredAt > lastSyncAt)) lastSyncAt = row.deliveredAt;
  }
  const todayByStaff = [...byStaff].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff"));
  return { today, todayTotal, todayByStaff, total: rows.length, pending, failed, lastSyncAt };
}
