import { useEffect } from "preact/hooks";
import type { RefObject } from "preact";
import { KIOSK_CSS } from "./kiosk-css";

/**
 * Adopts the kiosk shell's stylesheet into the shadow root that holds `target` (a
 * constructable stylesheet: no `<style>`, CSP-safe), and removes it on unmount. Outside a
 * shadow root (tests, plain pages) it styles the document the same way.
 *
 * @example useKioskStyles(rootRef);
 */
export function useKioskStyles(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = target.current;
    const root = element?.getRootNode() as ShadowRoot | Document | undefined;
    const view = element?.ownerDocument.defaultView;
    if (!root || !view || !("adoptedStyleSheets" in root)) return;
    const sheet = new view.CSSStyleSheet();
    try {
      sheet.replaceSync(KIOSK_CSS);
    } catch {
      return;
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [target]);
}
