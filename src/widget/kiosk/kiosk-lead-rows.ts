import type { Answers, Lead } from "../../config/types";
import type { DeliveredRecord, OutboxEntry } from "../../delivery/outbox-entry";
import type { KioskLeadRow } from "./kiosk-lead-row";

/**
 * Every lead this device captured for `formId`, oldest first: the outbox entries (pending,
 * sending, failed) and the delivered log (kiosk outboxes keep the whole lead there, so delivered
 * rows carry the contact fields too; an older log without leads gives ids, tiers and times only). A lead in both
 * (delivered while we read) counts once, as delivered.
 *
 * @example kioskLeadRows(delivery.entries(), delivery.history(), "acme-booth").length // 12
 */
export function kioskLeadRows(entries: readonly OutboxEntry[], history: readonly DeliveredRecord[], formId: string): KioskLeadRow[] {
  const rows = new Map<string, KioskLeadRow>();
  for (const record of history) {
    if (record.formId !== formId) continue;
    rows.set(record.leadId, {
      leadId: record.leadId,
      submittedAt: record.submittedAt,
      status: "delivered",
      tier: record.tier,
      total: record.total,
      deliveredAt: record.deliveredAt,
      ...(record.lead ? contact(record.lead) : {}),
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
      ...contact(lead),
      lastError: entry.lastError ? entry.lastError.message : null,
    });
  }
  return [...rows.values()].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
}

function contact(lead: Lead): Pick<KioskLeadRow, "productLine" | "email" | "name" | "company"> {
  return {
    productLine: lead.productLine,
    email: text(lead.answers, "email"),
    name: text(lead.answers, "name"),
    company: text(lead.answers, "company"),
  };
}

function text(answers: Answers, id: string): string | undefined {
  const value = answers[id];
  return typeof value === "string" ? value : undefined;
}
