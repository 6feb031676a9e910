/**
 * The widget's stylesheet, adopted into its shadow root as a constructable sheet (see
 * adopt-styles.ts), so no `<style>` element or `style` attribute is ever needed (CSP, SPEC 9).
 *
 * - `:host { all: initial }` stops the host page's inherited fonts, colours, line-height,
 *   letter-spacing and text-transform from leaking in; everything is then set from custom
 *   properties the site (or config `theme`, via `themeCss`) may override.
 * - Defaults meet WCAG AA: text 16:1, muted text 7:1, input borders 5:1 (≥ 3:1 for UI), white on
 *   the accent 5:1. Touch targets are at least 44 px, 48 px in kiosk mode (`.lq-kiosk`).
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
  --lq-error: #b3261e;
  --lq-target: 44px;
  font-family: var(--lq-font);
  font-size: 16px;
  line-height: 1.5;
  color: var(--lq-text);
  background: var(--lq-bg);
  text-align: start;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.lq-kiosk { --lq-target: 48px; font-size: 20px; min-block-size: 100vh; padding: 32px; }
.lq-frame, .lq-form { inline-size: 100%; max-inline-size: 640px; margin-inline: auto; }
.lq-kiosk .lq-form { max-inline-size: 768px; }
.lq-form { padding: 16px; }
@media (min-width: 600px) { .lq-form { padding: 24px; } }
.lq-visually-hidden, .lq-honeypot {
  position: absolute !important; inline-size: 1px; block-size: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
}
.lq-header { margin-block-end: 16px; color: var(--lq-muted); }
.lq-welcome-back { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 0; }
.lq-progress { margin-block-end: 16px; }
.lq-progress-bar { display: flex; gap: 4px; block-size: 6px; }
.lq-progress-seg { flex: 1 1 0; border-radius: 3px; background: #d6d6d6; }
.lq-progress-seg.is-done, .lq-progress-seg.is-current { background: var(--lq-accent); }
.lq-progress-text { margin: 4px 0 0; font-size: 14px; color: var(--lq-muted); }
.lq-step { display: flex; flex-direction: column; gap: 16px; margin: 0; }
.lq-step-title, .lq-outcome-title { margin: 0; font-size: 22px; line-height: 1.3; font-weight: 700; }
.lq-step-title:focus, .lq-outcome-title:focus { outline: none; }
.lq-step-title:focus-visible, .lq-outcome-title:focus-visible { outline: 3px solid var(--lq-accent); outline-offset: 4px; }
.lq-question { display: flex; flex-direction: column; gap: 8px; margin: 0; padding: 0; border: 0; min-inline-size: 0; }
.lq-label, .lq-legend { font-weight: 600; padding: 0; }
.lq-help { margin: 0; color: var(--lq-muted); font-size: 15px; }
.lq-choices { display: flex; flex-direction: column; gap: 8px; }
.lq-choice {
  display: flex; align-items: center; gap: 12px; min-block-size: var(--lq-target);
  padding-block: 8px; padding-inline: 12px; border: 1px solid var(--lq-border);
  border-radius: var(--lq-radius); cursor: pointer; background: var(--lq-bg);
}
.lq-choice:hover { border-color: var(--lq-accent); }
.lq-choice:has(input:checked) { border-color: var(--lq-accent); box-shadow: inset 0 0 0 1px var(--lq-accent); }
.lq-choice input, .lq-consent input { inline-size: 20px; block-size: 20px; margin: 0; flex: none; accent-color: var(--lq-accent); }
.lq-input, .lq-select, .lq-textarea {
  font: inherit; color: var(--lq-text); background: var(--lq-bg); inline-size: 100%;
  min-block-size: var(--lq-target); padding-block: 8px; padding-inline: 12px;
  border: 1px solid var(--lq-border); border-radius: var(--lq-radius);
}
.lq-textarea { min-block-size: 112px; resize: vertical; }
[aria-invalid="true"].lq-input, [aria-invalid="true"].lq-select, [aria-invalid="true"].lq-textarea {
  border-color: var(--lq-error); border-width: 2px;
}
.lq-error { margin: 0; color: var(--lq-error); font-weight: 600; font-size: 15px; }
.lq-error:empty { display: none; }
.lq-consent { display: flex; align-items: flex-start; gap: 12px; min-block-size: var(--lq-target); }
.lq-consent label { cursor: pointer; }
.lq-link, .lq-privacy-link { color: var(--lq-accent); text-decoration: underline; }
.lq-suggestion {
  align-self: flex-start; font: inherit; color: var(--lq-accent); background: none; border: 0;
  padding: 0; min-block-size: var(--lq-target); text-decoration: underline; cursor: pointer; text-align: start;
}
.lq-actions { display: flex; flex-wrap: wrap; gap: 12px; justify-content: space-between; margin-block-start: 8px; }
.lq-actions .lq-button-primary { margin-inline-start: auto; }
.lq-button, .lq-cta, .lq-launcher {
  font: inherit; font-weight: 600; display: inline-flex; align-items: center; justify-content: center;
  min-block-size: var(--lq-target); min-inline-size: var(--lq-target); padding-block: 8px;
  padding-inline: 20px; border-radius: var(--lq-radius); cursor: pointer; text-decoration: none;
  border: 2px solid var(--lq-accent);
}
.lq-button-primary, .lq-cta, .lq-launcher { background: var(--lq-accent); color: var(--lq-accent-text); }
.lq-button-secondary { background: var(--lq-bg); color: var(--lq-accent); }
.lq-button:hover, .lq-cta:hover, .lq-launcher:hover { filter: brightness(0.92); }
:focus-visible { outline: 3px solid var(--lq-accent); outline-offset: 2px; }
.lq-button-primary:focus-visible, .lq-cta:focus-visible, .lq-launcher:focus-visible {
  outline-color: var(--lq-text);
}
.lq-outcome { display: flex; flex-direction: column; gap: 16px; align-items: flex-start; }
.lq-outcome-message { margin: 0; }
.lq-call { align-self: stretch; padding-block-start: 16px; border-block-start: 1px solid #d6d6d6; }
.lq-call-form { display: flex; flex-direction: column; align-items: flex-start; gap: 12px; margin: 0; }
.lq-call-form .lq-question { align-self: stretch; }
.lq-call-title { margin: 0; font-size: 18px; line-height: 1.3; }
.lq-call-sent { margin: 0; font-weight: 600; }
.lq-call-sent:focus { outline: none; }
.lq-call-sent:focus-visible { outline: 3px solid var(--lq-accent); outline-offset: 4px; }
.lq-notice { padding: 16px; border: 1px solid var(--lq-border); border-radius: var(--lq-radius); }
.lq-notice-text { margin: 0; }
.lq-notice-details { margin-block-start: 8px; color: var(--lq-muted); font-size: 14px; }
.lq-dialog {
  inline-size: min(640px, calc(100vw - 32px)); max-block-size: calc(100vh - 32px); padding: 0;
  border: 0; border-radius: var(--lq-radius); color: var(--lq-text); background: var(--lq-bg);
  font-family: var(--lq-font); box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
}
.lq-dialog::backdrop { background: rgb(0 0 0 / 0.5); }
.lq-dialog-header { display: flex; align-items: center; justify-content: space-between; gap: 16px; padding-block: 8px; padding-inline: 16px; border-block-end: 1px solid #d6d6d6; }
.lq-dialog-title { margin: 0; font-weight: 700; }
.lq-dialog-close {
  font: inherit; min-block-size: var(--lq-target); min-inline-size: var(--lq-target); padding-inline: 12px;
  background: none; color: var(--lq-text); border: 1px solid var(--lq-border); border-radius: var(--lq-radius); cursor: pointer;
}
.lq-dialog-body { overflow: auto; }
.lq-kiosk .lq-step-title, .lq-kiosk .lq-outcome-title { font-size: 32px; }
.lq-kiosk .lq-choice { padding-block: 12px; }
@media (max-width: 360px) { .lq-form { padding: 12px; } .lq-actions { gap: 8px; } }
@media (prefers-reduced-motion: no-preference) {
  .lq-choice, .lq-button, .lq-cta, .lq-launcher { transition: border-color 120ms ease, filter 120ms ease; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .lq-progress-seg { border: 1px solid CanvasText; }
  .lq-progress-seg.is-done, .lq-progress-seg.is-current { background: Highlight; }
}
`;
