/**
 * The kiosk shell's own CSS (adopted into the shadow root next to the widget's sheet): a fixed
 * full-viewport frame, the attract screen, the idle dialog, the staff corner, PIN pad and panel.
 * Steps are anchored at the top (the progress bar stays put from one question to the next); only
 * the attract screen is centred, on the brand colour (`--lq-brand`, see brand-css.ts), and fills the
 * viewport: its picture takes what the text and Start leave, so Start is never pushed off screen.
 * Targets are at least 48 px (the widget sheet's `.lq-kiosk` class sizes the form's controls).
 * No text selection and no double-tap zoom on a shared touch screen, except inside inputs.
 */
export const KIOSK_CSS = `
.lq-kiosk-root {
  position: fixed; inset: 0; z-index: 2147483000; overflow: auto;
  display: flex; flex-direction: column; align-items: center;
  box-sizing: border-box; padding: 72px 24px 24px;
  background: var(--lq-bg, #fff); color: var(--lq-text, #1a1a1a);
  font-family: var(--lq-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: 20px; line-height: 1.4;
  -webkit-user-select: none; user-select: none;
  touch-action: manipulation; -webkit-tap-highlight-color: transparent;
}
.lq-kiosk-root input, .lq-kiosk-root textarea, .lq-kiosk-root select {
  -webkit-user-select: text; user-select: text;
}
.lq-kiosk-root button { min-block-size: 48px; min-inline-size: 48px; touch-action: manipulation; }
.lq-kiosk-stage { inline-size: min(100%, 768px); }
.lq-kiosk-root.is-attract { padding-block-start: 32px; background: var(--lq-brand, var(--lq-bg, #fff)); color: var(--lq-brand-text, var(--lq-text, #1a1a1a)); }
.is-attract .lq-kiosk-stage { flex: 1; min-block-size: 0; display: flex; flex-direction: column; }
.lq-attract { display: flex; flex-direction: column; align-items: center; gap: 24px; margin-block: auto; max-block-size: 100%; text-align: center; }
.lq-attract > * { flex: none; }
.lq-attract-logo { block-size: 56px; inline-size: auto; max-inline-size: 80%; object-fit: contain; }
.lq-attract-title { margin: 0; font-size: clamp(34px, 5.5vw, 64px); line-height: 1.1; }
.lq-attract-lead { margin: 0; font-size: clamp(20px, 2.6vw, 28px); }
.lq-attract > .lq-attract-image { flex: 0 1 300px; min-block-size: 80px; inline-size: 100%; object-fit: contain; }
.is-attract .lq-attract-start { min-inline-size: min(100%, 280px); background: var(--lq-brand-text, var(--lq-accent, #0b5fff)); color: var(--lq-brand, var(--lq-accent-text, #fff)); }
.lq-kiosk-primary {
  min-block-size: 72px; padding: 12px 56px; border: 0; border-radius: var(--lq-radius, 10px);
  background: var(--lq-accent, #0b5fff); color: var(--lq-accent-text, #fff);
  font: inherit; font-size: 28px; font-weight: 600; cursor: pointer;
}
.lq-kiosk-secondary {
  padding: 8px 24px; border: 2px solid var(--lq-border, #767676); border-radius: var(--lq-radius, 10px);
  background: var(--lq-bg, #fff); color: var(--lq-text, #1a1a1a); font: inherit; cursor: pointer;
}
.lq-kiosk-root :focus-visible { outline: 3px solid var(--lq-accent, #0b5fff); outline-offset: 3px; }
.lq-staff-corner {
  position: fixed; inset-block-start: 0; inset-inline-start: 0; z-index: 2;
  inline-size: 64px; block-size: 64px; margin: 0; padding: 0; border: 0;
  background: transparent; opacity: 0; cursor: default; touch-action: none;
}
.lq-staff-corner:focus-visible { opacity: 1; background: var(--lq-bg, #fff); }
.lq-kiosk-after {
  position: sticky; inset-block-end: -24px; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 12px 16px; margin-block-start: 16px; padding-block: 16px 24px; background: var(--lq-bg, #fff);
}
.lq-kiosk-after .lq-countdown { margin: 0; font-size: 18px; color: var(--lq-muted, #4d4d4d); }
.lq-giveaway { margin-block-start: 24px; padding: 12px 24px; border: 2px dashed var(--lq-border, #767676); border-radius: var(--lq-radius, 10px); text-align: center; }
.lq-giveaway p { margin: 4px 0; }
.lq-giveaway-code { display: block; font-size: 44px; font-weight: 700; letter-spacing: 0.15em; font-variant-numeric: tabular-nums; }
.lq-kiosk-overlay {
  position: fixed; inset: 0; z-index: 3; display: flex; align-items: center; justify-content: center;
  padding: 16px; background: rgb(0 0 0 / 0.55);
}
.lq-kiosk-dialog {
  box-sizing: border-box; inline-size: min(100%, 560px); max-block-size: 100%; overflow: auto;
  padding: 32px; border-radius: var(--lq-radius, 10px); background: var(--lq-bg, #fff); color: var(--lq-text, #1a1a1a);
}
.lq-kiosk-dialog h2 { margin: 0 0 16px; font-size: 28px; }
.lq-kiosk-dialog .lq-kiosk-primary { min-block-size: 48px; padding: 8px 16px; font-size: 20px; }
.lq-kiosk-dialog-actions { display: flex; flex-wrap: wrap; gap: 12px; justify-content: flex-end; margin-block-start: 24px; }
.lq-staff-actions { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); }
.lq-staff-actions button { padding-inline: 12px; }
.lq-staff-actions .lq-kiosk-secondary { grid-column: 1 / -1; }
@media (max-width: 599.98px) { .lq-kiosk-dialog { padding: 24px 20px; } }
.lq-countdown { font-size: 24px; font-variant-numeric: tabular-nums; }
.lq-pin-input {
  box-sizing: border-box; inline-size: 100%; min-block-size: 56px; padding: 8px 16px;
  border: 2px solid var(--lq-border, #767676); border-radius: var(--lq-radius, 10px);
  font: inherit; font-size: 28px; letter-spacing: 0.3em; text-align: center;
}
.lq-pin-label { display: block; margin-block-end: 8px; font-weight: 600; }
.lq-pin-keys { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin-block-start: 16px; }
.lq-pin-keys button { min-block-size: 64px; padding: 0; font-size: 28px; }
.lq-kiosk-message { min-block-size: 1.4em; margin: 12px 0 0; color: var(--lq-error, #b00020); font-weight: 600; }
.lq-staff-stats { display: grid; grid-template-columns: minmax(min-content, 1fr) auto; gap: 4px 24px; margin: 4px 0 0; }
.lq-staff-stats dt { min-inline-size: 0; font-weight: 400; }
.lq-staff-stats dd { margin: 0; font-weight: 700; text-align: end; font-variant-numeric: tabular-nums; }
.lq-staff-section { margin: 16px 0 8px; font-size: 20px; }
.lq-staff-warning { margin: 12px 0 0; padding: 8px 12px; border: 2px solid var(--lq-error, #b3261e); border-radius: 6px; color: var(--lq-error, #b3261e); font-weight: 700; }
.lq-attract-event { margin: 0; font-size: 20px; font-weight: 600; }
.lq-attract-actions { display: flex; flex-wrap: wrap; gap: 16px; justify-content: center; align-items: center; }
.is-attract .lq-attract-scan { min-block-size: 72px; background: transparent; color: inherit; border-color: currentColor; font-size: 22px; }
.lq-language-switch { display: flex; flex-wrap: wrap; gap: 8px; justify-content: center; }
.is-attract .lq-language-switch button { background: transparent; color: inherit; border-color: currentColor; }
.is-attract .lq-language-switch button[aria-pressed="true"] { background: var(--lq-brand-text, var(--lq-text, #1a1a1a)); color: var(--lq-brand, var(--lq-bg, #fff)); }
.lq-badge-bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; margin-block-end: 16px; }
.lq-badge-summary { margin: 0; font-weight: 600; }
.lq-badge-video { display: block; inline-size: 100%; block-size: 240px; object-fit: cover; border-radius: var(--lq-radius, 10px); background: #000; }
.lq-badge-video[hidden] { display: none; }
.lq-badge-typed { margin-block-start: 16px; }
.lq-badge-input { letter-spacing: normal; font-size: 22px; text-align: start; }
.lq-handoff .lq-handoff-text { margin: 0; font-size: 22px; font-weight: 600; }
.lq-staff-step fieldset { margin: 16px 0 0; padding: 0; border: 0; }
.lq-staff-step legend { padding: 0; margin-block-end: 8px; font-weight: 600; }
.lq-rating-choice { display: flex; align-items: center; gap: 12px; min-block-size: 48px; padding: 4px 12px; margin-block-end: 8px; border: 2px solid var(--lq-border, #767676); border-radius: var(--lq-radius, 10px); cursor: pointer; }
.lq-rating-choice input { inline-size: 24px; block-size: 24px; margin: 0; accent-color: var(--lq-accent, #0b5fff); }
.lq-rating-letter { font-size: 24px; font-weight: 700; min-inline-size: 1.2em; }
.lq-staff-note, .lq-staff-select {
  box-sizing: border-box; inline-size: 100%; min-block-size: 48px; padding: 8px 12px;
  border: 2px solid var(--lq-border, #767676); border-radius: var(--lq-radius, 10px); background: var(--lq-bg, #fff); color: inherit; font: inherit;
}
.lq-captured-by { margin-block-end: 16px; }
.lq-staff-step .lq-pin-label { margin-block-start: 16px; }
.lq-visually-hidden {
  position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
@media (prefers-reduced-motion: reduce) { .lq-kiosk-root * { transition: none !important; animation: none !important; } }
`;
