/**
 * The config notice's stylesheet (config-notice.tsx), in the diagnostics part with the notice: a
 * page whose config is fine never parses it. Adopted beside WIDGET_CSS when the notice shows.
 *
 * @example adoptStyles(shadowRoot, [HOST_CSS, WIDGET_CSS, NOTICE_CSS])
 */
export const NOTICE_CSS = `
.lq-notice { padding: 16px; border: 1px solid var(--lq-border); border-radius: var(--lq-radius); }
.lq-notice-text { margin: 0; }
.lq-notice-details { margin-block-start: 8px; color: var(--lq-muted); font-size: 14px; }
`;
