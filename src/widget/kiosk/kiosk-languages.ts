import type { Config, LocalizedText } from "../../config/types";
import { formQuestions } from "../../qualify/form-questions";

/**
 * The languages a visitor can pick at the attract screen: `kiosk.languages` when the config lists them,
 * else every language the question labels are written in, the form's own first. One language means no
 * switch. UI strings exist for en, de, fr and es; a label language without them shows English buttons.
 *
 * @example kioskLanguages(config) // ["en", "de"]
 */
export function kioskLanguages(config: Config, fallback: string): string[] {
  if (config.kiosk.languages) return unique(config.kiosk.languages);
  const first = (config.locale ?? fallback).split("-")[0] ?? "en";
  const found: string[] = [first];
  const labels: LocalizedText[] = formQuestions(config).map((q) => q.label);
  for (const label of labels) if (typeof label === "object") found.push(...Object.keys(label));
  return unique(found);
}

function unique(tags: string[]): string[] {
  return [...new Set(tags.filter((tag) => tag !== ""))];
}

/**
 * A language's name in that language, as a switch shows it ("Deutsch", "Français"), else the tag.
 *
 * @example languageName("de") // "Deutsch"
 */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}
