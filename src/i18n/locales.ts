/** The languages the widget speaks, in the order they were added (English is always loaded). */
export const LOCALES = ["en", "de", "fr", "es"] as const;
