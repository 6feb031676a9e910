/**
 * The calendar day of `date` on this device's clock, as `yyyy-mm-dd`. A booth counts "today"
 * in the local time zone, not UTC: a lead at 00:30 in Berlin belongs to that morning.
 *
 * @example localDay(new Date(2026, 10, 23, 0, 30)) // "2026-11-23"
 */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
