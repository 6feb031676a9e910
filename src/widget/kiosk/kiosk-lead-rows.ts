import type { DeliveredRecord, OutboxEntry } from "../../delivery/outbox-entry";
import type { KioskLeadRow } from "./kiosk-lead-row";

/**
 * Every lead this device captured for `formId`, oldest first: the outbox entries (pending, sending,
 * failed) and the delivered log (kiosk outboxes keep the whole lead there; an older log or one trimmed
 * for space gives ids, tiers and times only). A lead in both (delivered while we read) counts once, as
 * delivered. `unsaved` lists the leadIds no storage took.
 *
 * @example kioskLeadRows(delivery.entries(), delivery.history(), "acme-booth").length // 12
 */
export function kioskLeadRows(
  entries: readonly OutboxEntry[],
  history: readonly DeliveredRecord[],
  formId: string,
  unsaved: readonly string[] = [],
): KioskLeadRow[] {
  const rows = new Map<string, KioskLeadRow>();
  const memoryOnly = new Set(unsaved);
  for (const record of history) {
    if (record.formId !== formId) continue;
    rows.set(record.leadId, {
      leadId: record.leadId,
      submittedAt: record.submittedAt,
      status: "delivered",
      tier: record.tier,
      total: record.total,
      deliveredAt: record.deliveredAt,
      ...(record.lead ? { lead: record.lead } : {}),
    });
  }
  for (const entry of entries) {
    const { lead } = entry;
    if (lead.formId !== formId || rows.has(lead.leadId)) continue;
    rows.set(lead.leadId, {
      leadId: lead.leadId,
      submittedAt: lead.submittedAt,
      status: entry.status,
      tier: lead.score.tier,
      total: lead.score.total,
      lead,
      saved: !memoryOnly.has(lead.leadId),
      lastError: entry.lastError ? entry.lastError.message : null,
    });
  }
  // ISO timestamps sort as text: no Date parsing per comparison for thousands of rows.
  return [...rows.values()].sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0));
}
