import type { Contact } from "./model/desk-types";
import { routeHref } from "./use-route";

/** How a contact is named in lists: name, else email, else a neutral "Anonymous visitor". */
export function contactLabel(contact: Contact): string {
  return contact.name ?? contact.email ?? "Anonymous visitor";
}

/** The contact's name as a link to its detail view, with company and email underneath. */
export function ContactName({ contact }: { contact: Contact }) {
  const secondary = [contact.company, contact.name ? contact.email : null].filter(Boolean).join(" · ");
  return (
    <div class="contact-name">
      <a href={routeHref({ view: "contact", contactId: contact.id })}>{contactLabel(contact)}</a>
      {secondary ? <span class="muted">{secondary}</span> : null}
    </div>
  );
}
