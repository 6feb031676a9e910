import type { Priority, Tier } from "../config/types";

const PRIORITY: Record<Tier, Priority> = {
  "sales-ready": "immediate",
  "sales-later": "scheduled",
  nurture: "normal",
  disqualified: "low",
};

/**
 * How fast sales should act on a tier (SPEC 5).
 *
 * @example priorityFor("sales-ready") // "immediate"
 */
export function priorityFor(tier: Tier): Priority {
  return PRIORITY[tier] ?? "low";
}

/** How long sales has to call a sales-ready lead back (SPEC 5: `respondBy`; the desk's hot queue). */
export const RESPOND_WITHIN_MS = 5 * 60_000;

/**
 * When sales must have responded: `RESPOND_WITHIN_MS` after submission for a sales-ready lead, else null.
 *
 * @example respondByFor("sales-ready", Date.parse("2026-11-23T12:00:00Z")) // "2026-11-23T12:05:00.000Z"
 */
export function respondByFor(tier: Tier, submittedAtMs: number): string | null {
  return tier === "sales-ready" ? new Date(submittedAtMs + RESPOND_WITHIN_MS).toISOString() : null;
}
