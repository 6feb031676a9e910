import { localDay } from "./local-day";

/**
 * The export's file name: `lead-qualifier-<formId>-<yyyy-mm-dd>.csv` (local day).
 *
 * @example csvFileName("acme-booth", new Date(2026, 10, 23)) // "lead-qualifier-acme-booth-2026-11-23.csv"
 */
export function csvFileName(formId: string, now: Date): string {
  return `lead-qualifier-${formId}-${localDay(now)}.csv`;
}
