/**
 * The widget's stylesheet for its first screen, adopted into its shadow root as a constructable sheet
 * (see adopt-styles.ts), so no `<style>` element or `style` attribute is ever needed (CSP, SPEC 9).
 * It styles what the landing-page file renders itself: the frame, progress, text-like fields, errors,
 * buttons and the popup. What the form kit renders (choices, consent, the outcome, "Not you?", the
 * kiosk sizes) is styled by KIT_CSS, adopted when the kit arrives, and the config notice by
 * NOTICE_CSS, with the diagnostics part: a smaller sheet to parse and match before the first question.
 *
 * - `:host { all: initial }` stops the host page's inherited fonts, colours, line-height,
 *   letter-spacing and text-transform from leaking in; everything is then set from custom
 *   properties the site (or config `theme`, via `themeCss`) may override.
 * - Flush by default: the form starts at its host element's edge with no padding of its own, so
 *   its left edge is the host column's; it fills the column up to 640 px (a readable line for
 *   inputs on a wide page). The page decides width and inset (`--lq-max-width`, `--lq-inset`).
 * - Defaults meet WCAG AA: text 16:1, muted text 7:1, input borders 5:1 (≥ 3:1 for UI), white on
 *   the accent 5:1. Touch targets are at least 44 px, 48 px in kiosk mode (`.lq-kiosk`).
 * - A selected choice is tinted and checked; hover only outlines, and only where a pointer can
 *   hover (`@media (hover: hover)`), so a tapped option on a phone never looks "half selected".
 * - Logical properties throughout, so a right-to-left page mirrors the layout.
 * - No transitions at all under prefers-reduced-motion.
 */
export const WIDGET_CSS = `
:host {
  all: initial;
  display: block;
  --lq-accent: #0b5fff;
  --lq-accent-text: #ffffff;
  --lq-radius: 8px;
  --lq-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --lq-text: #1a1a1a;
  --lq-muted: #4d4d4d;
  --lq-bg: #ffffff;
  --lq-border: #6b6b6b;
  --lq-line: #d6d6d6;
  --lq-error: #b3261e;
  --lq-success: #17753a;
  --lq-inset: 0px;
  --lq-max-width: 640px;
  --lq-target: 44px;
  --lq-tint: color-mix(in srgb, var(--lq-accent) 10%, var(--lq-bg));
  font-family: var(--lq-font);
  font-size: 16px;
  line-height: 1.5;
  color: var(--lq-text);
  background: var(--lq-bg);
  text-align: start;
  -webkit-tap-highlight-color: transparent;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.lq-form { inline-size: 100%; max-inline-size: var(--lq-max-width); padding: var(--lq-inset); }
.lq-visually-hidden, .lq-honeypot {
  position: absolute !important; inline-size: 1px; block-size: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
}
.lq-header { margin-block-end: 12px; color: var(--lq-muted); font-size: 15px; }
.lq-progress { margin-block-end: 20px; }
.lq-progress-bar { display: flex; gap: 4px; block-size: 6px; }
.lq-progress-seg { flex: 1 1 0; border-radius: 3px; background: var(--lq-line); }
.lq-progress-seg.is-done { background: var(--lq-accent); }
.lq-progress-seg.is-current { background: linear-gradient(90deg, var(--lq-accent) 50%, var(--lq-line) 0); }
.lq-progress-text { margin: 6px 0 0; font-size: 14px; color: var(--lq-muted); }
.lq-step { display: flex; flex-direction: column; gap: 20px; margin: 0; }
.lq-step-title, .lq-outcome-title { margin: 0; font-size: 22px; line-height: 1.3; font-weight: 700; }
.lq-step-title:focus, .lq-outcome-title:focus, .lq-call-sent:focus { outline: none; }
.lq-step-title:focus-visible, .lq-outcome-title:focus-visible, .lq-call-sent:focus-visible { outline: 3px solid var(--lq-accent); outline-offset: 4px; }
.lq-question { display: flex; flex-direction: column; gap: 8px; margin: 0; padding: 0; border: 0; min-inline-size: 0; }
.lq-label, .lq-legend { font-weight: 600; padding: 0; }
.lq-help { margin: 0; color: var(--lq-muted); font-size: 15px; }
@media (hover: hover) {
  .lq-button:hover, .lq-cta:hover, .lq-launcher:hover { filter: brightness(0.92); }
}
.lq-input, .lq-select, .lq-textarea {
  font: inherit; color: var(--lq-text); background: var(--lq-bg); inline-size: 100%;
  min-block-size: var(--lq-target); padding-block: 8px; padding-inline: 12px;
  border: 1px solid var(--lq-border); border-radius: var(--lq-radius);
}
.lq-textarea { min-block-size: 112px; resize: vertical; }
[aria-invalid="true"].lq-input, [aria-invalid="true"].lq-select, [aria-invalid="true"].lq-textarea {
  border-color: var(--lq-error); box-shadow: inset 0 0 0 1px var(--lq-error);
}
.lq-error { margin: 0; color: var(--lq-error); font-weight: 600; font-size: 15px; }
.lq-actions { display: flex; flex-wrap: wrap; gap: 12px; justify-content: space-between; }
.lq-actions .lq-button-primary { margin-inline-start: auto; }
.lq-button, .lq-cta, .lq-launcher {
  font: inherit; font-weight: 600; display: inline-flex; align-items: center; justify-content: center;
  min-block-size: var(--lq-target); min-inline-size: var(--lq-target); padding-block: 8px;
  padding-inline: 20px; border-radius: var(--lq-radius); cursor: pointer; text-decoration: none;
  border: 2px solid var(--lq-accent);
}
.lq-button-primary, .lq-cta, .lq-launcher { background: var(--lq-accent); color: var(--lq-accent-text); }
.lq-button-secondary { background: var(--lq-bg); color: var(--lq-accent); }
:focus-visible { outline: 3px solid var(--lq-accent); outline-offset: 2px; }
.lq-button-primary:focus-visible, .lq-cta:focus-visible, .lq-launcher:focus-visible { outline-color: var(--lq-text); }
.lq-dialog {
  inline-size: min(640px, 100vw - 48px); max-inline-size: none; max-block-size: calc(100vh - 96px);
  margin: 48px auto auto; padding: 0; border: 0; border-radius: var(--lq-radius);
  color: var(--lq-text); background: var(--lq-bg); font-family: var(--lq-font); box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
}
.lq-dialog[open] { display: flex; flex-direction: column; }
.lq-dialog::backdrop { background: rgb(0 0 0 / 0.5); }
.lq-dialog-header { display: flex; align-items: center; justify-content: space-between; gap: 16px; padding: 12px 24px; border-block-end: 1px solid var(--lq-line); }
.lq-dialog-title { margin: 0; font-size: 24px; line-height: 1.3; font-weight: 700; }
.lq-dialog-body { overflow: auto; flex: 1; }
.lq-dialog-body .lq-form { padding: 24px; }
@media (max-width: 599.98px) {
  .lq-dialog { inline-size: 100%; block-size: 100%; max-block-size: none; margin: 0; border-radius: 0; }
  .lq-dialog-header { padding-inline: 16px; }
  .lq-dialog-body .lq-form { padding: 16px; }
}
@media (prefers-reduced-motion: no-preference) {
  .lq-button, .lq-cta, .lq-launcher { transition: border-color 120ms ease, background-color 120ms ease, filter 120ms ease; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .lq-progress-seg { border: 1px solid CanvasText; }
  .lq-progress-seg.is-done { background: Highlight; }
}
`;
