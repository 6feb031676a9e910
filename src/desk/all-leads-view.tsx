import { useState } from "preact/hooks";
import { STAFF_RATINGS } from "../config/booth-vocabulary";
import { TIERS } from "../config/types";
import { downloadText } from "../widget/kiosk/download-text";
import { ContactName } from "./contact-name";
import { contactsToCsv } from "./model/contacts-csv";
import { describeHistory, TIER_LABELS } from "./model/describe-history";
import type { Contact } from "./model/desk-types";
import { filterContacts, filterOptions, type ContactFilters } from "./model/filter-contacts";
import { localDay, shortTime } from "./local-day";
import { TierBadge } from "./tier-badge";

/**
 * Every contact, one row per person, with filters (tier, channel, campaign, product line, form, staff
 * rating, dates), a Staff column (the latest booth rating and who gave it),
 * a search over name, email and company, and a CSV export of exactly what is shown. Filters live in
 * component state, not in the URL: a search term is often a person's name.
 */
export function AllLeadsView({ contacts, now }: { contacts: Contact[]; now: number }) {
  const [filters, setFilters] = useState<ContactFilters>({});
  const options = filterOptions(contacts);
  const shown = filterContacts(contacts, filters, localDay);
  const set = (key: keyof ContactFilters) => (event: Event) => setFilters({ ...filters, [key]: (event.currentTarget as HTMLInputElement).value });

  const select = (key: keyof ContactFilters, label: string, values: string[], text: (v: string) => string = (v) => v) => (
    <div class="field">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={filters[key] ?? ""} onChange={set(key)}>
        <option value="">All</option>
        {values.map((value) => <option key={value} value={value}>{text(value)}</option>)}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="leads-title">
      <h1 id="leads-title">All leads</h1>
      <form class="filters card" role="search" aria-label="Filter leads" onSubmit={(e) => e.preventDefault()}>
        <div class="field field-search">
          <label for="filter-search">Search name, email or company</label>
          <input id="filter-search" type="search" value={filters.search ?? ""} onInput={set("search")} autocomplete="off" />
        </div>
        {select("tier", "Tier", [...TIERS], (t) => TIER_LABELS[t as keyof typeof TIER_LABELS])}
        {select("channel", "Channel", options.channels)}
        {select("campaign", "Campaign", options.campaigns)}
        {select("productLine", "Product line", options.productLines)}
        {select("formId", "Form", options.formIds)}
        {select("staffRating", "Staff rating", ["any", ...STAFF_RATINGS], (r) => (r === "any" ? "Any rating" : `Rated ${r}`))}
        <div class="field">
          <label for="filter-from">From</label>
          <input id="filter-from" type="date" value={filters.from ?? ""} onInput={set("from")} />
        </div>
        <div class="field">
          <label for="filter-to">To</label>
          <input id="filter-to" type="date" value={filters.to ?? ""} onInput={set("to")} />
        </div>
      </form>
      <div class="toolbar">
        <p role="status" class="count">{shown.length} of {contacts.length} contacts</p>
        <button
          class="button"
          type="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(document, contactsToCsv(shown), `leads-${localDay(now)}.csv`)}
        >
          Export CSV
        </button>
      </div>
      {/* Phones get one card per contact; wider screens the table. CSS shows one (display: none hides the other from screen readers too). */}
      <ul class="contact-cards" aria-label="Contacts">
        {shown.map((contact) => (
          <li key={contact.id} class="card">
            <ContactName contact={contact} />
            <p><TierBadge tier={contact.tier} /> score {contact.total} · {shortTime(contact.lastSeenAt, now)}</p>
            <p class="history">{describeHistory(contact.steps)}</p>
            {contact.claim ? <p class="muted">Claimed by {contact.claim.actor}</p> : null}
            {staffInput(contact) ? <p class="muted">Staff: {staffInput(contact)}</p> : null}
          </li>
        ))}
      </ul>
      <div class="table-wrap contacts-table" role="region" aria-label="Contacts (scrolls sideways on small screens)" tabIndex={0}>
        <table class="contacts">
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">Tier</th>
              <th scope="col">Score</th>
              <th scope="col">History</th>
              <th scope="col">Last seen</th>
              <th scope="col">Claimed by</th>
              <th scope="col">Staff</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((contact) => (
              <tr key={contact.id}>
                <td><ContactName contact={contact} /></td>
                <td><TierBadge tier={contact.tier} /></td>
                <td class="num">{contact.total}</td>
                <td>{describeHistory(contact.steps)}</td>
                <td>{shortTime(contact.lastSeenAt, now)}</td>
                <td>{contact.claim ? contact.claim.actor : "—"}</td>
                <td>{staffInput(contact) ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The latest booth staff input of a contact: "B · Ben Staff", or null when no staff member rated a lead. */
export function staffInput(contact: Contact): string | null {
  const rated = [...contact.leads].reverse().find((lead) => lead.staff !== null);
  if (!rated?.staff) return null;
  return rated.capturedBy ? `${rated.staff.rating} · ${rated.capturedBy}` : rated.staff.rating;
}
