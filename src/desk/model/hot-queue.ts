import type { Contact } from "./desk-types";

/**
 * The hot queue: sales-ready contacts nobody has claimed yet, the most urgent (earliest `respondBy`)
 * first. A claimed contact leaves it for good: it stays with the rep who took it.
 *
 * @example hotQueue(contacts).map((c) => c.hot!.respondBy) // ascending
 */
export function hotQueue(contacts: readonly Contact[]): Contact[] {
  return contacts
    .filter((contact) => contact.hot !== null && contact.claim === null)
    .sort((a, b) => a.hot!.respondBy.localeCompare(b.hot!.respondBy) || a.id.localeCompare(b.id));
}

/** Time left until a deadline, for the live countdown. */
export interface Countdown {
  overdue: boolean;
  /** Always ≥ 0: time left, or time past the deadline when overdue. */
  ms: number;
  /** "4:59" left, or "12:03" past (m:ss; h:mm:ss from an hour). */
  text: string;
}

/**
 * @example countdown("2026-11-23T12:05:00Z", Date.parse("2026-11-23T12:03:30Z")) // { overdue: false, ms: 90000, text: "1:30" }
 */
export function countdown(deadline: string, now: number): Countdown {
  const left = Date.parse(deadline) - now;
  const ms = Math.abs(left);
  return { overdue: left < 0, ms, text: formatDuration(ms) };
}

/**
 * A duration as a clock: "0:07", "4:59", "1:02:03". Seconds are floored, so a countdown never shows
 * "5:00" for 4.2 s left.
 *
 * @example formatDuration(125_000) // "2:05"
 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
