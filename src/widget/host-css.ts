/**
 * Guards the shadow host against the host page. For normal declarations the page's CSS beats
 * the shadow root's `:host` rules (so `* { all: unset }` or `div { display: inline }` would win
 * over WIDGET_CSS's `:host { display: block; font: ... }`), but for `!important` ones the shadow
 * root wins (CSS Scoping, cascade contexts). So the host's display and every inherited text
 * property are pinned here with `!important`; everything else stays in WIDGET_CSS.
 * Padding and border are pinned too (a global `div { padding }` would squeeze the form); margin
 * and width are left to the page, which places the widget. Direction is left alone on purpose:
 * a right-to-left page should mirror the widget. To hide a mounted widget, use the `hidden`
 * attribute (display is pinned otherwise).
 */
export const HOST_CSS = `
:host {
  display: block !important;
  padding: 0 !important;
  border: 0 none !important;
  font: 16px/1.5 var(--lq-font, system-ui, sans-serif) !important;
  color: var(--lq-text, #1a1a1a) !important;
  letter-spacing: normal !important;
  word-spacing: normal !important;
  text-transform: none !important;
  text-indent: 0 !important;
  text-shadow: none !important;
  text-align: start !important;
  white-space: normal !important;
  visibility: visible !important;
  cursor: auto !important;
}
:host([hidden]) { display: none !important; }
`;
