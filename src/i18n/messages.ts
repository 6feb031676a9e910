import type { Catalogue } from "./catalogue";
import { de } from "./messages-de";
import { en } from "./messages-en";
import { es } from "./messages-es";
import { fr } from "./messages-fr";

export type { Catalogue, MessageKey } from "./catalogue";

/**
 * The UI string catalogue, one entry per supported language. Question labels are not here:
 * they come from the config (`LocalizedText`); this holds only the widget's own words.
 *
 * @example messages.de.next // "Weiter"
 */
export const messages: Readonly<Record<string, Catalogue>> = { en, de, fr, es };

/** The languages the widget speaks, in the order they were added. */
export const LOCALES = ["en", "de", "fr", "es"] as const;
