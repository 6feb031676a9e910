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
