import type { Catalogue } from "./catalogue";
import { en } from "./messages-en";

export type { Catalogue, MessageKey } from "./catalogue";
export { LOCALES } from "./locales";

// The catalogues loaded so far, by language. English starts with the first screen's strings; the
// rest of English and every other language arrive with the parts that need them (one small file
// each, see widget/widget-parts.ts) and are added here. A cache of immutable data, not state:
// adding the same strings twice changes nothing.
const loaded: Record<string, Partial<Catalogue>> = { en };

/**
 * The UI strings of one language loaded so far. Question labels are not here: they come from the
 * config (`LocalizedText`); this holds only the widget's own words. Own properties only: a locale
 * string like "constructor" must not reach Object.prototype.
 *
 * @example catalogueFor("en")?.next // "Next"
 */
export function catalogueFor(tag: string): Partial<Catalogue> | undefined {
  return Object.prototype.hasOwnProperty.call(loaded, tag) ? loaded[tag] : undefined;
}

/**
 * Makes strings of a language available to `t`, merged with those it already has.
 *
 * @example addCatalogue("de", (await import("./messages-de")).de)
 */
export function addCatalogue(tag: string, catalogue: Partial<Catalogue>): void {
  loaded[tag] = { ...catalogueFor(tag), ...catalogue };
}
