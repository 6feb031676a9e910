import type { LocalizedText } from "./types";

/**
 * Picks the text for a locale: exact tag, then its language ("de-AT" → "de"), then "en",
 * then the first entry. Always returns a string, never throws.
 *
 * @example localize({ en: "Role", de: "Rolle" }, "de-AT") // "Rolle"
 */
export function localize(text: LocalizedText | undefined, locale = "en"): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  const language = locale.split("-")[0] ?? "en";
  return text[locale] ?? text[language] ?? text.en ?? Object.values(text)[0] ?? "";
}
