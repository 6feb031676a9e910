/**
 * Text patterns the config schema checks and the widget's compiled-config path checks again (for a
 * `data-locale` laid over a compiled config), kept here so the two can never disagree.
 */

/** A locale tag like `en`, `de-AT` or `zh-Hant-TW`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
