/**
 * The stylesheet of what the form kit renders: the choice and consent fields, the email suggestion
 * and "Not you?" links, the welcome-back line, the outcome and "call me now", and the kiosk's larger
 * sizes. It comes with the kit (parts/form-kit.ts) and is adopted beside WIDGET_CSS when the kit
 * arrives, before anything it styles renders, so the landing page's first question parses and
 * matches only the rules it uses. Same conventions as WIDGET_CSS (custom properties, logical
 * properties, hover only where a pointer can hover, no motion under prefers-reduced-motion).
 *
 * @example adoptStyles(shadowRoot, [HOST_CSS, WIDGET_CSS, KIT_CSS, themeCss(config.theme)])
 */
export const KIT_CSS = `
.lq-kiosk { --lq-target: 48px; --lq-max-width: none; font-size: 20px; }
.lq-welcome-back { display: flex; flex-wrap: wrap; align-items: center; gap: 0 8px; margin: 0; }
.lq-choices { display: flex; flex-direction: column; gap: 8px; }
.lq-choice {
  display: flex; align-items: center; gap: 12px; min-block-size: var(--lq-target);
  padding-block: 10px; padding-inline: 14px; border: 1px solid var(--lq-border);
  border-radius: var(--lq-radius); cursor: pointer; background: var(--lq-bg);
}
.lq-choice span { flex: 1; }
.lq-choice.is-selected { border-color: var(--lq-accent); background: var(--lq-tint); box-shadow: inset 0 0 0 1px var(--lq-accent); font-weight: 600; }
.lq-choices:not(.is-multi) .is-selected::after {
  content: ""; flex: none; inline-size: 7px; block-size: 13px; margin-inline-end: 4px;
  border: solid var(--lq-accent); border-width: 0 3px 3px 0; transform: translateY(-2px) rotate(45deg);
}
@media (hover: hover) {
  .lq-choice:not(.is-selected):hover { border-color: var(--lq-text); background: #f5f5f5; }
  .lq-link-button:hover { text-decoration-thickness: 2px; }
}
.lq-choice input, .lq-consent input { inline-size: 20px; block-size: 20px; margin: 0; flex: none; accent-color: var(--lq-accent); }
.lq-fieldset[aria-invalid="true"] .lq-choice { border-color: var(--lq-error); }
.lq-consent { display: flex; align-items: flex-start; gap: 12px; min-block-size: var(--lq-target); }
.lq-consent input { margin-block-start: 2px; }
.lq-consent.is-invalid { padding: 10px 12px; border: 2px solid var(--lq-error); border-radius: var(--lq-radius); }
.lq-consent label { cursor: pointer; }
.lq-privacy-link { color: var(--lq-accent); align-self: flex-start; }
.lq-link-button, .lq-suggestion {
  align-self: flex-start; font: inherit; color: var(--lq-accent); background: none; border: 0;
  padding: 0; min-block-size: var(--lq-target); text-decoration: underline; text-underline-offset: 3px;
  cursor: pointer; text-align: start;
}
.lq-outcome { display: flex; flex-direction: column; gap: 16px; align-items: flex-start; }
.lq-received { display: flex; align-items: center; gap: 8px; margin: 0; color: var(--lq-success); font-weight: 600; font-size: 15px; }
.lq-received::before {
  content: "\\2713" / ""; display: grid; place-items: center; inline-size: 1.5em; block-size: 1.5em; flex: none;
  border-radius: 50%; background: var(--lq-success); color: #fff; font-size: 0.9em;
}
.lq-outcome-message { margin: 0; }
.lq-outcome-foot { align-self: stretch; margin: 8px 0 0; padding-block-start: 4px; border-block-start: 1px solid var(--lq-line); font-size: 15px; }
.lq-call { align-self: stretch; padding-block-start: 16px; border-block-start: 1px solid var(--lq-line); }
.lq-call-form { display: flex; flex-direction: column; align-items: flex-start; gap: 12px; margin: 0; }
.lq-call-form .lq-question { align-self: stretch; }
.lq-call-title { margin: 0; font-size: 18px; line-height: 1.3; }
.lq-call-sent { margin: 0; font-weight: 600; }
.lq-kiosk .lq-step-title, .lq-kiosk .lq-outcome-title { font-size: 32px; }
.lq-kiosk .lq-progress-bar { block-size: 8px; }
.lq-kiosk .lq-progress-text, .lq-kiosk .lq-received { font-size: 20px; }
.lq-kiosk .lq-outcome-message { font-size: 24px; }
.lq-kiosk .lq-choice { padding-block: 12px; }
@media (prefers-reduced-motion: no-preference) {
  .lq-choice { transition: border-color 120ms ease, background-color 120ms ease, filter 120ms ease; }
}
@media (forced-colors: active) {
  .lq-choice.is-selected { border: 3px solid Highlight; }
}
`;
