import { vi } from "vitest";
import type { DeskClient } from "../../src/desk/desk-client";
import type { Contact } from "../../src/desk/model/desk-types";

/** A DeskClient whose every call succeeds unless overridden; contacts() serves `contacts`. */
export function fakeClient(contacts: Contact[] = [], overrides: Partial<DeskClient> = {}): DeskClient {
  return {
    session: vi.fn(async () => ({ ok: true as const, value: { user: "Ana Rep", csrfToken: "c" } })),
    login: vi.fn(async (name: string) => ({ ok: true as const, value: { user: name, csrfToken: "c" } })),
    logout: vi.fn(async () => ({ ok: true as const, value: {} })),
    contacts: vi.fn(async () => ({ ok: true as const, value: { notModified: false as const, etag: '"1.0"', body: { now: new Date().toISOString(), user: "Ana Rep", contacts } } })),
    claim: vi.fn(async (contactId: string) => ({ ok: true as const, value: { event: { id: 1, leadId: contactId, kind: "claim" as const, actor: "Ana Rep", at: new Date().toISOString() } } })),
    requalify: vi.fn(async (leadId: string, tier) => ({ ok: true as const, value: { event: { id: 2, leadId, kind: "requalify" as const, actor: "Ana Rep", at: new Date().toISOString(), tier, fromTier: tier, note: "n" } } })),
    forwarding: vi.fn(async () => ({ ok: true as const, value: { now: new Date().toISOString(), configured: false, jobs: [], caps: [] } })),
    requeueForward: vi.fn(async () => ({ ok: false as const, failure: { status: 404, error: "not_found", message: "No such forwarding job." } })),
    ...overrides,
  };
}
