import type { RefObject } from "preact";
import { useLayoutEffect } from "preact/hooks";

/**
 * Keeps the form from shrinking while a visitor moves through it: the form's minimum height
 * follows the tallest step seen so far, so the host page below it is pushed down at most once per
 * new height and never jumps back up between a short step (an email field) and a long one (seven
 * roles). The top stays where it is; only growth is allowed. A change of width (rotating a phone)
 * starts over, since every height depends on it; a zero size (a closed popup) is ignored.
 *
 * The height lives in a constructable stylesheet adopted next to the widget's (a rule on the form's
 * `data-lq-form` attribute), because CSP forbids `style` attributes (SPEC 9). Without
 * `ResizeObserver` or adopted sheets (old browsers, tests) it does nothing: the form just resizes.
 * Off (`active` false) in kiosk mode: a full-screen kiosk has no page below it to keep still, and
 * a tall first step would leave a gap above the giveaway code.
 *
 * @example useStableHeight(formRef, "lq1", true); // <div data-lq-form="lq1" ref={formRef}>
 */
export function useStableHeight(target: RefObject<HTMLElement | null>, id: string, active: boolean): void {
  useLayoutEffect(() => {
    const element = target.current;
    if (!active) return;
    const view = element?.ownerDocument.defaultView;
    const root = element?.getRootNode() as ShadowRoot | Document | undefined;
    if (!element || !view || !root || !("ResizeObserver" in view) || !("adoptedStyleSheets" in root)) return;
    const sheet = new view.CSSStyleSheet();
    // Adopted with its first rule, not at the first render: adopting a sheet makes the browser
    // recompute the shadow root's styles, which the first question on screen should not wait for.
    let adopted = false;
    let width = -1;
    let tallest = 0;
    const observer = new view.ResizeObserver(() => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      if (Math.abs(box.width - width) > 0.5) {
        width = box.width;
        tallest = 0;
        // Measured again once the rule is gone: the next callback reports the natural height.
        if (sheet.cssRules.length > 0) return sheet.replaceSync("");
      }
      if (box.height <= tallest + 0.5) return;
      tallest = box.height;
      if (!adopted) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      adopted = true;
      sheet.replaceSync(`[data-lq-form="${id}"] { min-block-size: ${Math.ceil(tallest)}px; }`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [target, id, active]);
}
