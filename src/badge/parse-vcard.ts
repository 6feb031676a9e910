import { cleanField, isIdKey, type BadgeContact } from "./badge-contact";
import { base64Bytes, decodeBytes, quotedPrintableBytes } from "./decode-text";

/** One content line of a vCard: `[group.]NAME[;param…]:value`, parameters upper-cased. */
interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/**
 * Reads a vCard (2.1, 3.0 or 4.0) from a badge's QR code into a contact and, when it carries one, the
 * attendee id. Tolerant the way badge printers need it: folded lines (CRLF, LF or CR followed by a
 * space or tab), property groups (`item1.EMAIL`), `\,` `\;` `\n` escapes, structured `N` and `ORG`,
 * quoted-printable and base64 values in any `CHARSET`, `mailto:`/`tel:` URIs (4.0). `FN` gives the
 * name, else `N` (given names first); the `PREF`/`TYPE=pref` email and phone win over the others.
 * Never throws; returns `null` when the text is not a vCard.
 *
 * @example parseVCard("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ana@acme.io\r\nEND:VCARD")
 * // { contact: { name: "Ana Lima", email: "ana@acme.io" } }
 */
export function parseVCard(text: string): { contact: BadgeContact; id?: string } | null {
  if (!/^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, ""))) return null;
  const properties = contentLines(text).map(parseLine).filter((p): p is Property => p !== null);
  const first = (name: string) => properties.filter((p) => p.name === name);
  const preferred = (name: string) => {
    const all = first(name);
    return all.find(isPreferred) ?? all[0];
  };
  const fn = first("FN")[0];
  const n = first("N")[0];
  const org = first("ORG")[0];
  const email = preferred("EMAIL");
  const tel = preferred("TEL");
  const contact: BadgeContact = {};
  const name = cleanField(fn ? textValue(fn) : n ? structuredName(n) : undefined);
  if (name) contact.name = name;
  const company = cleanField(org ? components(org)[0] : undefined);
  if (company) contact.company = company;
  const address = cleanField(email ? textValue(email).replace(/^mailto:/i, "") : undefined);
  if (address) contact.email = address;
  const phone = cleanField(tel ? textValue(tel).replace(/^tel:/i, "") : undefined);
  if (phone) contact.phone = phone;
  const idProperty = properties.find((p) => isIdKey(p.name));
  const id = cleanField(idProperty ? textValue(idProperty) : undefined);
  return id ? { contact, id } : { contact };
}

/** Unfolds the text into logical lines: a line starting with a space or tab continues the one before. */
function contentLines(text: string): string[] {
  const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const lines: string[] = [];
  for (const line of physical) {
    const last = lines.length - 1;
    if ((line.startsWith(" ") || line.startsWith("\t")) && last >= 0) lines[last] += line.slice(1);
    // vCard 2.1 quoted-printable: a value ending in "=" continues on the next line (a soft break).
    else if (last >= 0 && /QUOTED-PRINTABLE/i.test(lines[last]!.split(":")[0] ?? "") && lines[last]!.endsWith("=")) lines[last] = lines[last]!.slice(0, -1) + line;
    else lines.push(line);
  }
  return lines.filter((line) => line.trim() !== "");
}

function parseLine(line: string): Property | null {
  const colon = separatorIndex(line);
  if (colon <= 0) return null;
  const [head = "", ...rawParams] = splitParams(line.slice(0, colon));
  const name = head.replace(/^[^.]*\./, "").trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const equals = param.indexOf("=");
    // vCard 2.1 writes bare parameters: `TEL;WORK;PREF:` or `NOTE;QUOTED-PRINTABLE:`.
    const key = (equals === -1 ? bareParamKey(param) : param.slice(0, equals)).trim().toUpperCase();
    const values = equals === -1 ? [param.trim()] : param.slice(equals + 1).split(",").map((v) => v.replace(/^"|"$/g, "").trim());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: decodeValue(line.slice(colon + 1), params) };
}

/** The first `:` outside a double-quoted parameter value (4.0 allows `:` inside quotes). */
function separatorIndex(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ":" && !quoted) return i;
  }
  return -1;
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function bareParamKey(param: string): string {
  const upper = param.trim().toUpperCase();
  if (upper === "QUOTED-PRINTABLE" || upper === "BASE64" || upper === "B") return "ENCODING";
  return "TYPE";
}

/** Applies `ENCODING` and `CHARSET`; the result still carries the vCard escapes. */
function decodeValue(value: string, params: Map<string, string[]>): string {
  const encoding = (params.get("ENCODING")?.[0] ?? "").toUpperCase();
  const charset = params.get("CHARSET")?.[0];
  if (encoding === "QUOTED-PRINTABLE") return decodeBytes(quotedPrintableBytes(value), charset);
  if (encoding === "B" || encoding === "BASE64") {
    const bytes = base64Bytes(value);
    return bytes ? decodeBytes(bytes, charset) : value;
  }
  return value;
}

function isPreferred(property: Property): boolean {
  if (property.params.has("PREF")) return true;
  return (property.params.get("TYPE") ?? []).some((type) => type.toUpperCase() === "PREF");
}

/** A text value with its escapes undone: `\n` → line break, `\,` `\;` `\\` → the character. */
function textValue(property: Property): string {
  return unescape(property.value);
}

/** A structured value's components (`N`, `ORG`): split on unescaped `;`, each unescaped. */
function components(property: Property): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < property.value.length; i++) {
    const char = property.value[i]!;
    if (char === "\\" && i + 1 < property.value.length) {
      current += char + property.value[i + 1];
      i++;
    } else if (char === ";") {
      parts.push(unescape(current));
      current = "";
    } else current += char;
  }
  parts.push(unescape(current));
  return parts;
}

/** `N:Family;Given;Additional;Prefix;Suffix` as people write it: "Dr. Ana Maria Lima". */
function structuredName(property: Property): string {
  const [family = "", given = "", additional = "", prefix = "", suffix = ""] = components(property);
  return [prefix, given, additional, family, suffix].map((part) => part.replaceAll(",", " ").trim()).filter(Boolean).join(" ");
}

function unescape(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}
