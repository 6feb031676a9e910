import type { KioskLeadRow } from "./kiosk-lead-row";

/** The CSV columns, in order; the header row uses these names as-is. */
export const CSV_COLUMNS = [
  "leadId", "submittedAt", "status", "tier", "total", "productLine",
  "email", "name", "company", "deliveredAt", "lastError",
] as const satisfies readonly (keyof KioskLeadRow)[];

// Spreadsheet apps run a cell that starts with one of these as a formula (CSV injection,
// OWASP): a visitor typing `=HYPERLINK(...)` as their company must stay plain text.
// Tab and CR are on OWASP's list too: some apps strip them and then see the formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: text that could start a formula gets a leading `'`, and a cell with a comma,
 * quote or line break is quoted with inner quotes doubled (RFC 4180). Numbers are written
 * as numbers (a negative total is data, not a formula); null/undefined become empty cells.
 *
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('Acme, "Inc"') // '"Acme, ""Inc"""'
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * The leads captured on this device as CSV text: a header row, then one row per lead,
 * CRLF line endings (RFC 4180), every cell escaped by `csvCell`.
 *
 * @example leadsToCsv([{ leadId: "7b0c", submittedAt: "2026-11-23T12:00:00.000Z",
 *   status: "pending", tier: "nurture", total: 45 }])
 * // "leadId,submittedAt,status,...\r\n7b0c,2026-11-23T12:00:00.000Z,pending,nurture,45,,,,,,\r\n"
 */
export function leadsToCsv(rows: readonly KioskLeadRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(","));
  return lines.join("\r\n") + "\r\n";
}
