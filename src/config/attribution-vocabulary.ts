/**
 * The utm keys the widget reads from the landing URL (`utm_source` → `context.utm.source`, …); the server
 * names them in problems and sizes its body limit by them.
 */
export const UTM_KEYS = ["source", "medium", "campaign", "term", "content"] as const;

/** The widget cuts each utm value and hidden param to this many characters, so a hostile URL cannot bloat every lead. */
export const MAX_ATTRIBUTION_VALUE_LENGTH = 256;
