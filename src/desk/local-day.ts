/**
 * A timestamp's day in the rep's own time zone, `YYYY-MM-DD` (reports and date filters follow the
 * calendar on the wall, not UTC).
 *
 * @example localDay("2026-11-23T23:30:00Z") // "2026-11-24" in Berlin
 */
export function localDay(iso: string | number): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A time people read: "14:05" today, "Nov 21, 14:05" otherwise.
 *
 * @example shortTime("2026-11-21T14:05:00Z", Date.now())
 */
export function shortTime(iso: string, now: number): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return localDay(iso) === localDay(now) ? time : `${date.toLocaleDateString([], { month: "short", day: "numeric" })}, ${time}`;
}
