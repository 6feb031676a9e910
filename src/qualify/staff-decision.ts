import { ratingEffect } from "../config/booth-vocabulary";
import type { Config, Score, StaffDecision, StaffRating } from "../config/types";
import { thresholdTier } from "./decide-tier";

/**
 * What a staff member's rating decides beside the visitor's own score (assisted kiosk mode), per
 * `kiosk.ratings`: a tier (the total stays the visitor's), or points added to the visitor's total with
 * the tier the thresholds give for the new total (rules and gates are about the visitor's answers; a
 * staff member overrules them on purpose). A rating mapped to `{}` decides nothing (`null`). The
 * visitor's score is never changed: the decision travels beside it, with its reason, and the server
 * derives it again from the rating with the same function.
 *
 * @example staffDecision(config, { total: 45, tier: "nurture", … }, "B") // { tier: "sales-later", total: 45, reason: "Staff rating B" }
 */
export function staffDecision(config: Config, score: Score, rating: StaffRating): StaffDecision | null {
  const effect = ratingEffect(config.kiosk.ratings, rating);
  if (effect.tier !== undefined) return { tier: effect.tier, total: score.total, reason: `Staff rating ${rating}` };
  if (effect.adjust === undefined) return null;
  const total = score.total + effect.adjust;
  const points = `${effect.adjust >= 0 ? "+" : "−"}${Math.abs(effect.adjust)} points`;
  return { tier: thresholdTier(config.scoring, total), total, reason: `Staff rating ${rating} (${points})` };
}
