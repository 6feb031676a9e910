import { BADGE_FIELDS, STAFF_RATINGS } from "./booth-vocabulary";
import type { KnownQuestion } from "./check-questions";
import { closestMatch } from "./closest-match";
import { isObject, join, listAt, objectAt, textAt, type RawObject } from "./raw-view";
import type { ConfigIssue } from "./types";

/**
 * The booth settings' semantic checks: a rating that both names a tier and adjusts points, a badge
 * field mapped to a question the form does not have (or of the wrong type for an email or phone), the
 * same staff name twice, and campaign dates in the wrong order. Never throws on malformed input.
 *
 * @example checkBooth({ kiosk: { badge: { fields: { email: "mail" } } } }, known) // [{ path: "kiosk.badge.fields.email", message: 'unknown question "mail"' }]
 */
export function checkBooth(input: RawObject, known: Map<string, KnownQuestion>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const kiosk = objectAt(input.kiosk);
  const ratings = objectAt(kiosk.ratings);
  for (const rating of STAFF_RATINGS) {
    const effect = ratings[rating];
    if (isObject(effect) && effect.tier !== undefined && effect.adjust !== undefined) {
      issues.push({ path: join(join("kiosk", "ratings"), rating), message: "use tier or adjust, not both" });
    }
  }
  const fields = objectAt(objectAt(kiosk.badge).fields);
  for (const field of BADGE_FIELDS) {
    const id = textAt(fields[field]);
    if (id === undefined || id === "") continue;
    const path = join(join(join("kiosk", "badge"), "fields"), field);
    const question = known.get(id);
    if (!question) {
      const hint = closestMatch(id, [...known.keys()]);
      issues.push({ path, message: `unknown question "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}` });
    } else if ((field === "email" || field === "phone") && question.type !== field) {
      issues.push({ path, message: `must be a question of type ${field}, "${id}" is ${question.type ?? "untyped"}` });
    }
  }
  const seen = new Set<string>();
  listAt(kiosk.staff).forEach((name, index) => {
    const key = textAt(name)?.trim().toLowerCase();
    if (key === undefined || key === "") return;
    if (seen.has(key)) issues.push({ path: join(join("kiosk", "staff"), index), message: `duplicate name "${textAt(name)!.trim()}"` });
    seen.add(key);
  });
  const campaign = objectAt(input.campaign);
  const start = textAt(campaign.startDate);
  const end = textAt(campaign.endDate);
  if (start !== undefined && end !== undefined && end < start) {
    issues.push({ path: "campaign.endDate", message: `must not be before startDate (${start})` });
  }
  return issues;
}
