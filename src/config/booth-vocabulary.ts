// The booth's fixed vocabularies as runtime lists. Their own module, not types.ts: types.ts is in the
// landing-page file (for TIERS), and what a part imports from a module there would be kept there too.
import type { BadgeField, FollowUp, RatingEffect, StaffRating, Tier } from "./types";

/** Staff ratings, best first. */
export const STAFF_RATINGS = ["A", "B", "C", "D"] as const satisfies readonly StaffRating[];

/** The follow-up flags of the staff step. */
export const FOLLOW_UPS = ["send-material", "book-demo"] as const satisfies readonly FollowUp[];

/** The contact fields a badge can prefill, in the order they are mapped to questions. */
export const BADGE_FIELDS = ["name", "email", "company", "phone"] as const satisfies readonly BadgeField[];

/**
 * What a rating means when `kiosk.ratings` does not say: the usual trade-show grading, one tier per
 * letter (A: talk now, B: call later, C: nurture, D: not a fit).
 */
export const DEFAULT_RATING_TIERS: Record<StaffRating, Tier> = {
  A: "sales-ready",
  B: "sales-later",
  C: "nurture",
  D: "disqualified",
};

/**
 * The effect of a rating under a config's `kiosk.ratings`, the default tier when it names none.
 *
 * @example ratingEffect({ C: { adjust: -10 } }, "C") // { adjust: -10 }
 */
export function ratingEffect(ratings: Partial<Record<StaffRating, RatingEffect>> | undefined, rating: StaffRating): RatingEffect {
  return ratings?.[rating] ?? { tier: DEFAULT_RATING_TIERS[rating] };
}
