/** What a badge says about its wearer; every field is optional (many badges carry only an id). */
export interface BadgeContact {
  name?: string;
  email?: string;
  company?: string;
  phone?: string;
}

/** The longest value kept from a badge field: a name or a company, never a paragraph. */
export const MAX_FIELD_LENGTH = 300;

/**
 * A badge value as a form answer: whitespace (line breaks from a folded or escaped value included)
 * collapsed to single spaces and trimmed; empty or absurdly long values give `undefined`.
 *
 * @example cleanField("  Ana \n Lima ") // "Ana Lima"
 */
export function cleanField(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const clean = value.replace(/\s+/g, " ").trim();
  return clean === "" || clean.length > MAX_FIELD_LENGTH ? undefined : clean;
}

/**
 * Whether a property name names the attendee id: `UID`, `ID`, or an extension ending in `-ID`
 * (`X-BADGE-ID`, `X-ATTENDEE-ID`, `X-REGISTRATION-ID`), as badge printers write them.
 *
 * @example isIdKey("X-ATTENDEE-ID") // true
 */
export function isIdKey(key: string): boolean {
  const upper = key.toUpperCase();
  return upper === "UID" || upper === "ID" || /^X-(?:[A-Z0-9-]*-)?ID$/.test(upper);
}
