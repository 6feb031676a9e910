import { describe, expect, it } from "vitest";
import type { DeliveredRecord, OutboxEntry } from "../../../src/delivery/outbox-entry";
import { kioskLeadRows } from "../../../src/widget/kiosk/kiosk-lead-rows";
import { makeLead } from "../../delivery/support/make-lead";

const record = (lead: ReturnType<typeof makeLead>, withLead: boolean): DeliveredRecord => ({
  leadId: lead.leadId,
  formId: lead.formId,
  tier: lead.score.tier,
  total: lead.score.total,
  submittedAt: lead.submittedAt,
  deliveredAt: "2026-11-23T12:01:00.000Z",
  ...(withLead ? { lead } : {}),
});

describe("kioskLeadRows", () => {
  it("carries the whole lead for delivered leads when the log keeps it", () => {
    const lead = makeLead({ answers: { email: "ana@acme.io", name: "Ana", company: "Acme" } });
    const [row] = kioskLeadRows([], [record(lead, true)], lead.formId);
    expect(row).toMatchObject({ status: "delivered", lead });
  });

  it("still lists delivered leads from an older log without leads, by id, tier and time", () => {
    const lead = makeLead();
    const [row] = kioskLeadRows([], [record(lead, false)], lead.formId);
    expect(row).toMatchObject({ leadId: lead.leadId, status: "delivered", tier: "nurture" });
    expect(row?.lead).toBeUndefined();
  });

  it("lists pending and failed leads with their contact fields, each lead once, oldest first", () => {
    const older = makeLead({ submittedAt: "2026-11-23T09:00:00.000Z" });
    const newer = makeLead({ submittedAt: "2026-11-23T10:00:00.000Z", answers: { email: "bo@b.io" } });
    const entry = (lead: typeof older, status: OutboxEntry["status"]): OutboxEntry =>
      ({ lead, status, attempts: 1, nextAttemptAt: 0, createdAt: 0 });
    const rows = kioskLeadRows([entry(newer, "failed"), entry(older, "pending")], [record(older, true)], older.formId);
    expect(rows.map((r) => [r.leadId, r.status])).toEqual([[older.leadId, "delivered"], [newer.leadId, "failed"]]);
    expect(rows[1]?.lead?.answers.email).toBe("bo@b.io");
  });

  it("marks the leads no storage took as not saved", () => {
    const lead = makeLead();
    const rows = kioskLeadRows([{ lead, status: "pending", attempts: 0, nextAttemptAt: 0, createdAt: 0 }], [], lead.formId, [lead.leadId]);
    expect(rows[0]?.saved).toBe(false);
  });

  it("counts 2,000 delivered leads and 10 waiting ones, each once", () => {
    const delivered = Array.from({ length: 2_000 }, () => record(makeLead(), true));
    const waiting = Array.from({ length: 10 }, (): OutboxEntry => ({ lead: makeLead(), status: "pending", attempts: 0, nextAttemptAt: 0, createdAt: 0 }));
    expect(kioskLeadRows(waiting, delivered, "acme-analytics")).toHaveLength(2_010);
  });
});
