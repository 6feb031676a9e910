const CANDIDATES = "a[href], button, input, select, textarea, summary, [tabindex]";

/**
 * The elements inside `container` that Tab can reach, in DOM order: enabled, not `tabindex=-1`,
 * not hidden. Works inside a shadow root, where a document-level query would see nothing.
 *
 * @example const [first, last] = ends(focusableElements(dialog))
 */
export function focusableElements(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(CANDIDATES)).filter(isTabbable);
}

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  if ((element as HTMLInputElement).type === "hidden") return false;
  if (element.closest("[hidden], [inert], [aria-hidden='true']")) return false;
  // checkVisibility also catches display:none / visibility:hidden coming from the stylesheet.
  return typeof element.checkVisibility !== "function" || element.checkVisibility({ visibilityProperty: true });
}
