import type { BadgeContact } from "./badge-contact";
import { repairUtf8 } from "./decode-text";
import { parseMeCard } from "./parse-mecard";
import { parseVCard } from "./parse-vcard";

/** What a badge's code held: a vCard, a MeCard, or anything else (an attendee id, a link). */
export type BadgeFormat = "vcard" | "mecard" | "text";

export interface ParsedBadge {
  format: BadgeFormat;
  contact: BadgeContact;
  /** The attendee id: a vCard/MeCard `UID`/`ID`/`X-…-ID`, or a plain code of one short line. */
  id?: string;
}

/** A plain code up to this long, on one line, is taken as the attendee id (longer text is kept raw only). */
const MAX_PLAIN_ID = 128;

/**
 * Reads a scanned badge: vCard or MeCard into name, email, company and phone (see `parseVCard`,
 * `parseMeCard`), after undoing UTF-8 read as Latin-1 (`repairUtf8`). Anything else is a plain code:
 * most trade-show badges carry only an attendee id, reconciled with the registration list after the
 * show, so a single short line is that id. Pure and total: any text gives a result.
 *
 * @example parseBadge("MECARD:N:Lima,Ana;EMAIL:ana@acme.io;;").contact // { name: "Ana Lima", email: "ana@acme.io" }
 * @example parseBadge("RT26-004217") // { format: "text", contact: {}, id: "RT26-004217" }
 */
export function parseBadge(raw: string): ParsedBadge {
  const text = repairUtf8(raw);
  const vcard = parseVCard(text);
  if (vcard) return { format: "vcard", ...vcard };
  const mecard = parseMeCard(text);
  if (mecard) return { format: "mecard", ...mecard };
  const plain = text.trim();
  const id = plain !== "" && plain.length <= MAX_PLAIN_ID && !/[\r\n]/.test(plain) ? plain : undefined;
  return id ? { format: "text", contact: {}, id } : { format: "text", contact: {} };
}
