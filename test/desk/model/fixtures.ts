import { toDeskLead } from "../../../src/desk/model/to-desk-lead";
import type { DeskEvent, DeskLead } from "../../../src/desk/model/desk-types";
import { serverLead, type LeadFacts } from "../../support/server-lead";

/** A DeskLead from a few facts (via the same projection the server uses). */
export function deskLead(facts: LeadFacts = {}): DeskLead {
  return toDeskLead(serverLead(facts));
}

let nextId = 1;
export function claimEvent(leadId: string, actor: string, at: string, since?: string): DeskEvent {
  return { id: nextId++, leadId, kind: "claim", actor, at, ...(since ? { since } : {}) };
}
export function requalifyEvent(leadId: string, actor: string, at: string, tier: DeskLead["tier"], fromTier: DeskLead["tier"], note: string): DeskEvent {
  return { id: nextId++, leadId, kind: "requalify", actor, at, tier, fromTier, note };
}

/** UTC days, so tests do not depend on the machine's time zone. */
export const utcDay = (iso: string) => iso.slice(0, 10);
