/**
 * Styles the shadow root with constructable stylesheets — never a `<style>` element or a `style`
 * attribute, so the widget works under `style-src 'self'` and Trusted Types (SPEC 9). Every
 * browser the widget supports has `adoptedStyleSheets` (Chrome 73, Firefox 101, Safari 16.4), so
 * there is deliberately no fallback. Replaces the widget's sheets; sheets someone else adopted stay.
 *
 * @example adoptStyles(shadowRoot, [WIDGET_CSS, themeCss(config.theme)])
 */
export function adoptStyles(root: ShadowRoot, cssTexts: readonly string[]): CSSStyleSheet[] {
  const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const previous = OWN_SHEETS.get(root) ?? [];
  // One parsed sheet per CSS text and document, shared by every widget on the page and by the
  // second call of mount() (a sheet is parsed once, not once per widget and per call).
  const parsed = PARSED.get(Sheet) ?? new Map<string, CSSStyleSheet>();
  PARSED.set(Sheet, parsed);
  const sheets = cssTexts.map((css) => {
    let sheet = parsed.get(css);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(css);
      parsed.set(css, sheet);
    }
    return sheet;
  });
  const others = root.adoptedStyleSheets.filter((sheet) => !previous.includes(sheet));
  root.adoptedStyleSheets = [...others, ...sheets];
  OWN_SHEETS.set(root, sheets);
  return sheets;
}

const OWN_SHEETS = new WeakMap<ShadowRoot, CSSStyleSheet[]>();
const PARSED = new WeakMap<typeof CSSStyleSheet, Map<string, CSSStyleSheet>>();
