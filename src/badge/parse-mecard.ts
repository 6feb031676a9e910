import { cleanField, isIdKey, type BadgeContact } from "./badge-contact";

/**
 * Reads a MeCard (`MECARD:N:Lima,Ana;EMAIL:ana@acme.io;ORG:Acme;TEL:+4930123;;`), the compact contact
 * format many badge printers use, into a contact and the attendee id when it has one (`UID:`, `ID:` or
 * an `X-…-ID:` field). Fields are `KEY:value` separated by `;`; `\;` `\:` `\,` `\\` are escapes. `N` is
 * "Family,Given" and reads as "Given Family"; `ORG` is the common extension for the company. The first
 * of repeated fields wins. Never throws; returns `null` when the text is not a MeCard.
 *
 * @example parseMeCard("MECARD:UID:RT26-004217;;") // { contact: {}, id: "RT26-004217" }
 */
export function parseMeCard(text: string): { contact: BadgeContact; id?: string } | null {
  const match = /^\s*MECARD:/i.exec(text.replace(/^\uFEFF/, ""));
  if (!match) return null;
  const fields = new Map<string, string>();
  let id: string | undefined;
  for (const field of splitFields(text.replace(/^\uFEFF/, "").slice(match[0].length))) {
    const colon = unescapedIndex(field, ":");
    if (colon <= 0) continue;
    const key = field.slice(0, colon).trim().toUpperCase();
    // Kept escaped: `N` splits on its unescaped comma.
    const value = field.slice(colon + 1);
    if (isIdKey(key)) id ??= cleanField(unescape(value));
    else if (!fields.has(key)) fields.set(key, value);
  }
  const contact: BadgeContact = {};
  const textOf = (key: string) => {
    const value = fields.get(key);
    return value === undefined ? undefined : unescape(value);
  };
  const rawName = fields.get("N");
  const name = cleanField(rawName === undefined ? textOf("NICKNAME") : meCardName(rawName));
  if (name) contact.name = name;
  const email = cleanField(textOf("EMAIL")?.replace(/^mailto:/i, ""));
  if (email) contact.email = email;
  const company = cleanField(textOf("ORG"));
  if (company) contact.company = company;
  const phone = cleanField(textOf("TEL")?.replace(/^tel:/i, ""));
  if (phone) contact.phone = phone;
  return id ? { contact, id } : { contact };
}

/** The fields between unescaped `;`, escapes kept (a value may hold `\;`). */
function splitFields(body: string): string[] {
  const fields: string[] = [];
  let current = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === "\\" && i + 1 < body.length) {
      current += char + body[i + 1];
      i++;
    } else if (char === ";") {
      fields.push(current);
      current = "";
    } else current += char;
  }
  fields.push(current);
  return fields.map((field) => field.replace(/^\s+/, "")).filter((field) => field !== "");
}

function unescapedIndex(field: string, target: string): number {
  for (let i = 0; i < field.length; i++) {
    if (field[i] === "\\") i++;
    else if (field[i] === target) return i;
  }
  return -1;
}

/** `N:Lima,Ana` → "Ana Lima"; a name without a comma stays as written. */
function meCardName(value: string): string {
  const comma = unescapedIndex(value, ",");
  if (comma === -1) return unescape(value);
  return [unescape(value.slice(comma + 1)), unescape(value.slice(0, comma))].map((part) => part.trim()).filter(Boolean).join(" ");
}

function unescape(value: string): string {
  return value.replace(/\\([\\;:,"])/g, "$1");
}
