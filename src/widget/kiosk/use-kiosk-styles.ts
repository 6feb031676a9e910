import { useEffect } from "preact/hooks";
import type { RefObject } from "preact";
import { KIOSK_CSS } from "./kiosk-css";

/**
 * Adopts the kiosk shell's stylesheet, plus `extraCss` (the brand colours, see `brandCss`), into
 * the shadow root that holds `target` (constructable stylesheets: no `<style>`, CSP-safe), and
 * removes them on unmount. Outside a shadow root (tests, plain pages) it styles the document the same way.
 *
 * @example useKioskStyles(rootRef, brandCss(config));
 */
export function useKioskStyles(target: RefObject<HTMLElement | null>, extraCss = ""): void {
  useEffect(() => {
    const element = target.current;
    const root = element?.getRootNode() as ShadowRoot | Document | undefined;
    const view = element?.ownerDocument.defaultView;
    if (!root || !view || !("adoptedStyleSheets" in root)) return;
    let sheets: CSSStyleSheet[];
    try {
      sheets = [KIOSK_CSS, extraCss].filter((css) => css !== "").map((css) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      });
    } catch {
      return;
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !sheets.includes(s));
    };
  }, [target, extraCss]);
}
