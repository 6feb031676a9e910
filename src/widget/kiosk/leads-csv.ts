import type { AnswerValue, Lead } from "../../config/types";
import { giveawayCode } from "./giveaway-code";
import type { KioskLeadRow } from "./kiosk-lead-row";

/**
 * The fixed CSV columns, in order; then one `answer:<questionId>` column per question any lead answered
 * (first seen first), then `endpoint` and `lead`: the whole lead as JSON, byte for byte what was (or
 * will be) POSTed, so `lead-qualifier import` can re-send it with its original leadId and the receiver
 * recognises a lead it already has.
 */
export const CSV_COLUMNS = [
  "leadId", "submittedAt", "status", "saved", "deliveredAt", "lastError", "formId", "channel", "productLine",
  "campaignType", "campaignName", "giveawayCode", "tier", "total", "budget", "authority", "need", "timeframe",
  "fit", "reasons", "priority", "respondBy", "consentGiven", "consentText", "consentAt", "profileComplete",
  "suspectedBot", "partial", "locale", "pageUrl", "startedAt", "durationMs",
  "capturedBy", "deviceId", "badgeId", "badgeFormat", "staffRating", "staffDecision", "followUp", "staffNote",
] as const;

type Cell = string | number | boolean | null | undefined;

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
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * Every lead captured on this device as CSV text, a full backup: delivery status, tier, total and
 * dimensions, reasons, consent text and time, campaign, channel, giveaway code, who captured it on which
 * device, the badge and the staff input, every answer, and the lead itself as JSON. A header row, CRLF line endings (RFC 4180), UTF-8 text, every cell escaped by `csvCell`.
 *
 * @example leadsToCsv(rows, "https://api.example.com/leads").split("\r\n")[0].startsWith("leadId,submittedAt,status") // true
 */
export function leadsToCsv(rows: readonly KioskLeadRow[], endpoint = ""): string {
  const answerIds: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const id of Object.keys(row.lead?.answers ?? {})) {
      if (!seen.has(id)) answerIds.push(id);
      seen.add(id);
    }
  }
  const header = [...CSV_COLUMNS, ...answerIds.map((id) => `answer:${id}`), "endpoint", "lead"];
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) {
    const lead = row.lead;
    const cells: Cell[] = [
      ...fixedCells(row, lead),
      ...answerIds.map((id) => answerCell(lead?.answers[id])),
      endpoint,
      lead ? JSON.stringify(lead) : "",
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

function fixedCells(row: KioskLeadRow, lead: Lead | undefined): Cell[] {
  const dimensions = lead?.score.dimensions;
  return [
    row.leadId, row.submittedAt, row.status, row.saved ?? true, row.deliveredAt, row.lastError, lead?.formId,
    lead?.channel, lead?.productLine, lead?.campaign?.type, lead?.campaign?.name, giveawayCode(row.leadId),
    row.tier, row.total, dimensions?.budget, dimensions?.authority, dimensions?.need, dimensions?.timeframe,
    dimensions?.fit, lead?.score.reasons.join("; "), lead?.priority, lead?.respondBy, lead?.consent?.given,
    lead?.consent?.text, lead?.consent?.at, lead?.profileComplete, lead?.context.suspectedBot ?? (lead ? false : undefined),
    lead?.context.partial ?? (lead ? false : undefined), lead?.context.locale, lead?.context.pageUrl,
    lead?.context.startedAt, lead?.context.durationMs,
    lead?.capturedBy, lead?.deviceId, lead?.badge?.id, lead?.badge?.format, lead?.staff?.rating,
    lead?.staff?.decision?.tier, lead?.staff?.followUp.join("; "), lead?.staff?.note,
  ];
}

function answerCell(value: AnswerValue | undefined): Cell {
  if (Array.isArray(value)) return value.join("; ");
  return value as Cell;
}
