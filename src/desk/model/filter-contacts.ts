import type { Tier } from "../../config/types";
import type { Contact, DeskLead } from "./desk-types";

/** The All leads filters; an empty or missing field does not filter. Dates are local days `YYYY-MM-DD`, inclusive. */
export interface ContactFilters {
  tier?: Tier | "";
  channel?: string;
  campaign?: string;
  productLine?: string;
  formId?: string;
  /** A booth staff rating (A–D), or "any" for leads staff rated at all. */
  staffRating?: string;
  from?: string;
  to?: string;
  /** Matched, case-insensitively, against the name, email and company of every lead of the contact. */
  search?: string;
}

/**
 * The contacts matching every filter. Tier is the contact's current tier; channel, campaign, product
 * line, form, staff rating and date match when any one lead of the contact matches all of them (the same lead).
 * `dayOf` turns a timestamp into the rep's local day (passed in: this module never reads a clock or zone).
 *
 * @example filterContacts(contacts, { tier: "sales-ready", search: "acme" }, localDay)
 */
export function filterContacts(contacts: readonly Contact[], filters: ContactFilters, dayOf: (iso: string) => string): Contact[] {
  const search = filters.search?.trim().toLowerCase() ?? "";
  return contacts.filter((contact) => {
    if (filters.tier && contact.tier !== filters.tier) return false;
    if (search && !contact.leads.some((lead) => searchText(lead).includes(search))) return false;
    return contact.leads.some((lead) => leadMatches(lead, filters, dayOf));
  });
}

function leadMatches(lead: DeskLead, filters: ContactFilters, dayOf: (iso: string) => string): boolean {
  if (filters.channel && lead.channel !== filters.channel) return false;
  if (filters.campaign && lead.campaign !== filters.campaign) return false;
  if (filters.productLine && lead.productLine !== filters.productLine) return false;
  if (filters.formId && lead.formId !== filters.formId) return false;
  if (filters.staffRating && !(filters.staffRating === "any" ? lead.staff !== null : lead.staff?.rating === filters.staffRating)) return false;
  if (filters.from || filters.to) {
    const day = dayOf(lead.receivedAt);
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
  }
  return true;
}

function searchText(lead: DeskLead): string {
  return ["name", "email", "company"]
    .map((key) => lead.answers[key])
    .filter((value): value is string => typeof value === "string")
    .join("\n")
    .toLowerCase();
}

/** The values each select offers: every channel, campaign, product line and form seen, sorted. */
export function filterOptions(contacts: readonly Contact[]): { channels: string[]; campaigns: string[]; productLines: string[]; formIds: string[] } {
  const collect = (pick: (lead: DeskLead) => string | null) =>
    [...new Set(contacts.flatMap((c) => c.leads.map(pick)).filter((v): v is string => v !== null && v !== ""))].sort();
  return {
    channels: collect((l) => l.channel),
    campaigns: collect((l) => l.campaign),
    productLines: collect((l) => l.productLine),
    formIds: collect((l) => l.formId),
  };
}
