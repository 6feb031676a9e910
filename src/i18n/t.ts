import { catalogueFor, type MessageKey } from "./messages";

/** Values for `{placeholder}`s in a message. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/**
 * Looks up a UI string and fills its `{placeholders}`. Unknown locales fall back to their
 * language ("de-AT" → "de") and then to English, so the widget never shows another language's
 * key. A placeholder with no value is left as written, which makes a missing param visible in
 * tests rather than silently producing a half sentence. Strings are found once their catalogue is
 * loaded (mount() loads the page's language before rendering, and each part brings its English).
 *
 * @example t("de", "progress", { current: 2, total: 5 }) // "Frage 2 von 5"
 */
export function t(locale: string, key: MessageKey, params?: MessageParams): string {
  const language = locale.split("-")[0] ?? "en";
  const text = catalogueFor(locale)?.[key] ?? catalogueFor(language)?.[key] ?? catalogueFor("en")?.[key] ?? key;
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
