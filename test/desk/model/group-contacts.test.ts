import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupContacts } from "../../../src/desk/model/group-contacts";
import { describeHistory } from "../../../src/desk/model/describe-history";
import { claimEvent, deskLead, requalifyEvent } from "./fixtures";

describe("groupContacts", () => {
  it("makes one contact of a kiosk visit and a later web visit with the same email, whatever its case", () => {
    const kiosk = deskLead({ channel: "kiosk", tier: "nurture", answers: { email: "Ana@Acme.io", name: "Ana" }, at: "2026-11-20T10:00:00.000Z" });
    const web = deskLead({ channel: "landing-page", tier: "sales-ready", answers: { email: "ana@acme.io " }, at: "2026-11-23T12:00:00.000Z" });
    const [contact, ...rest] = groupContacts([web, kiosk], []);
    expect(rest).toEqual([]);
    expect(contact!.id).toBe(kiosk.leadId);
    expect(contact!.leads.map((l) => l.leadId)).toEqual([kiosk.leadId, web.leadId]);
    expect(contact!.tier).toBe("sales-ready");
    expect(contact!.name).toBe("Ana");
    expect(describeHistory(contact!.steps)).toBe("kiosk: nurture → web: sales-ready");
  });

  it("joins leads through the visitorId and through a supersedes link when no email was given", () => {
    const first = deskLead({ answers: { role: "vp" }, visitorId: "v1", at: "2026-11-20T10:00:00.000Z" });
    const second = deskLead({ answers: { employees: 50 }, visitorId: "v1", at: "2026-11-21T10:00:00.000Z" });
    const third = deskLead({ answers: { email: "bo@b.io" }, supersedes: second.leadId, at: "2026-11-22T10:00:00.000Z" });
    const other = deskLead({ answers: { email: "cy@c.io" }, at: "2026-11-22T11:00:00.000Z" });
    const contacts = groupContacts([third, other, first, second], []);
    expect(contacts.map((c) => c.leads.length).sort()).toEqual([1, 3]);
  });

  it("puts a sales-ready contact on the clock from its first sales-ready lead of the current run", () => {
    const a = deskLead({ tier: "sales-ready", at: "2026-11-23T12:00:00.000Z" });
    const b = deskLead({ tier: "sales-ready", at: "2026-11-23T12:02:00.000Z" });
    const [contact] = groupContacts([a, b], []);
    expect(contact!.hot).toEqual({ leadId: a.leadId, since: "2026-11-23T12:00:00.000Z", respondBy: "2026-11-23T12:05:00.000Z" });
  });

  it("records who claimed and how long after the contact became hot", () => {
    const a = deskLead({ tier: "sales-ready", at: "2026-11-23T12:00:00.000Z" });
    const [contact] = groupContacts([a], [claimEvent(a.leadId, "ana", "2026-11-23T12:03:00.000Z", "2026-11-23T12:00:00.000Z")]);
    expect(contact!.claim).toEqual({ actor: "ana", at: "2026-11-23T12:03:00.000Z", leadId: a.leadId, timeToClaimMs: 180_000 });
  });

  it("lets a requalification change the current tier without touching the lead's score", () => {
    const a = deskLead({ tier: "disqualified", reasons: ["Student"], total: 12, at: "2026-11-23T12:00:00.000Z" });
    const [contact] = groupContacts([a], [requalifyEvent(a.leadId, "mia", "2026-11-24T09:00:00.000Z", "sales-ready", "disqualified", "Professor buying for a lab")]);
    expect(contact!.tier).toBe("sales-ready");
    expect(contact!.total).toBe(12);
    expect(contact!.reasons).toEqual(["Student"]);
    expect(contact!.leads[0]!.tier).toBe("disqualified");
    expect(contact!.hot).toEqual({ leadId: a.leadId, since: "2026-11-24T09:00:00.000Z", respondBy: "2026-11-24T09:05:00.000Z" });
    expect(describeHistory(contact!.steps)).toBe("web: disqualified → requalified: sales-ready");
  });

  it("never starts the clock after the lead arrived when the visitor's clock runs ahead", () => {
    const a = deskLead({ tier: "sales-ready", at: "2026-11-23T12:10:00.000Z", receivedAt: "2026-11-23T12:00:00.000Z" });
    expect(groupContacts([a], [])[0]!.hot!.since).toBe("2026-11-23T12:00:00.000Z");
  });

  // Leads drawn from a small pool of emails and visitorIds, so that joins actually happen.
  const leadsArb = fc.array(
    fc.record({
      email: fc.option(fc.constantFrom("a@x.io", "A@x.io", "b@y.io", "c@z.io"), { nil: undefined }),
      visitorId: fc.option(fc.constantFrom("v1", "v2", "v3"), { nil: null }),
      minute: fc.integer({ min: 0, max: 10_000 }),
    }),
    { maxLength: 25 },
  ).map((specs) =>
    specs.map((spec) =>
      deskLead({
        answers: spec.email ? { email: spec.email } : { role: "vp" },
        visitorId: spec.visitorId,
        at: new Date(Date.UTC(2026, 10, 1) + spec.minute * 60_000).toISOString(),
      }),
    ),
  );

  it("puts every lead in exactly one contact, whatever the input order", () => {
    fc.assert(
      fc.property(leadsArb, (leads) => {
        const contacts = groupContacts(leads, []);
        const ids = contacts.flatMap((c) => c.leads.map((l) => l.leadId)).sort();
        expect(ids).toEqual(leads.map((l) => l.leadId).sort());
        const shuffled = [...leads].reverse();
        const again = groupContacts(shuffled, []);
        const shape = (cs: typeof contacts) => cs.map((c) => `${c.id}:${c.leads.map((l) => l.leadId).join(",")}`).sort();
        expect(shape(again)).toEqual(shape(contacts));
      }),
    );
  });

  it("keeps leads that share an email or a visitorId in the same contact, and its id is its first lead", () => {
    fc.assert(
      fc.property(leadsArb, (leads) => {
        const contactOf = new Map<string, string>();
        for (const contact of groupContacts(leads, [])) {
          for (const lead of contact.leads) contactOf.set(lead.leadId, contact.id);
          expect(contact.id).toBe(contact.leads[0]!.leadId);
        }
        for (const a of leads) {
          for (const b of leads) {
            const emailA = String(a.answers["email"] ?? "").toLowerCase();
            const sameEmail = emailA !== "" && emailA === String(b.answers["email"] ?? "").toLowerCase();
            const sameVisitor = a.visitorId !== null && a.visitorId === b.visitorId;
            if (sameEmail || sameVisitor) expect(contactOf.get(a.leadId)).toBe(contactOf.get(b.leadId));
          }
        }
      }),
    );
  });
});

describe("groupContacts with booth staff input", () => {
  it("adds the staff decision as its own step after the visitor's tier, and the contact follows it", () => {
    const lead = deskLead({ tier: "disqualified", channel: "kiosk", answers: { email: "dana@delta.example" }, at: "2026-11-23T10:00:00.000Z" });
    const rated = { ...lead, capturedBy: "Ben Staff", staff: { rating: "B" as const, note: "40 stores", followUp: [], decision: { tier: "sales-later" as const, total: 20, reason: "Staff rating B" } } };
    const [contact] = groupContacts([rated], []);
    expect(contact!.steps.map((step) => [step.kind, step.tier])).toEqual([["lead", "disqualified"], ["staff", "sales-later"]]);
    expect(contact!.steps[1]).toMatchObject({ actor: "Ben Staff", note: "40 stores", rating: "B" });
    expect(contact!.tier).toBe("sales-later");
    expect(contact!.reasons).toEqual(rated.reasons);
    expect(describeHistory(contact!.steps)).toBe("kiosk: disqualified → staff B: sales-later");
  });

  it("puts a contact rated A into the hot queue from when the lead arrived", () => {
    const lead = deskLead({ tier: "nurture", channel: "kiosk", answers: { email: "eve@e.example" }, at: "2026-11-23T10:00:00.000Z" });
    const rated = { ...lead, staff: { rating: "A" as const, note: "", followUp: [], decision: { tier: "sales-ready" as const, total: 45, reason: "Staff rating A" } } };
    const [contact] = groupContacts([rated], []);
    expect(contact!.hot).toEqual({ leadId: lead.leadId, since: lead.receivedAt, respondBy: new Date(Date.parse(lead.receivedAt) + 5 * 60_000).toISOString() });
  });

  it("keeps a rating without a decision out of the history", () => {
    const lead = deskLead({ tier: "nurture", answers: { email: "fay@f.example" } });
    const [contact] = groupContacts([{ ...lead, staff: { rating: "C", note: "", followUp: [], decision: null } }], []);
    expect(contact!.steps.map((step) => step.kind)).toEqual(["lead"]);
  });
});
