import { LOCALES } from "./locales";

/**
 * Chooses the UI locale: the first candidate we support, trying the exact tag ("pt-BR") and then
 * its language ("de-AT" → "de"); "en" when none fits. Candidates are typically
 * `[data-locale, config.locale, ...navigator.languages]`; empty and missing entries are skipped,
 * so callers need not filter. The result is always one of `available`'s entries (or "en").
 *
 * @example pickLocale([undefined, "de-AT", "en"]) // "de"
 */
export function pickLocale(
  candidates: ReadonlyArray<string | undefined | null>,
  available: ReadonlyArray<string> = LOCALES,
): string {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag] as const));
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().replace(/_/g, "-").toLowerCase();
    const exact = byLower.get(tag);
    if (exact !== undefined) return exact;
    const language = byLower.get(tag.split("-")[0] ?? "");
    if (language !== undefined) return language;
  }
  return "en";
}
