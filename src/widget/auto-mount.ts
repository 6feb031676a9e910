import { mount, MOUNTED_ATTRIBUTE, type MountEnv } from "./mount";
import { readDataAttributes } from "./read-data-attributes";
import type { WidgetHandle } from "./widget-handle";

/** The attribute a marketer puts on an element to get a widget there (SPEC 2). */
export const WIDGET_SELECTOR = "[data-lead-qualifier]";

/**
 * Mounts a widget into every `[data-lead-qualifier]` element in `root` (the element itself
 * included) that is not mounted yet, reading its `data-*` attributes (`env` as for `mount`). Never throws or rejects:
 * a missing `data-config` or a broken config becomes the config notice in that element.
 *
 * @example autoMountAll(document) // mounts every placeholder on the page
 */
export function autoMountAll(root: ParentNode, env: Partial<MountEnv> = {}): Promise<WidgetHandle | null>[] {
  const elements: Element[] = [];
  if (root instanceof Element && root.matches(WIDGET_SELECTOR)) elements.push(root);
  elements.push(...root.querySelectorAll(WIDGET_SELECTOR));
  return elements.filter((element) => !element.hasAttribute(MOUNTED_ATTRIBUTE)).map((element) => autoMount(element, env));
}

function autoMount(element: Element, env: Partial<MountEnv>): Promise<WidgetHandle | null> {
  try {
    const { config, overrides } = readDataAttributes(element);
    return mount(element, config ?? "", overrides, env).catch((error: unknown) => {
      console.error("lead-qualifier: could not mount", element, error);
      return null;
    });
  } catch (error) {
    console.error("lead-qualifier: could not mount", element, error);
    return Promise.resolve(null);
  }
}

/**
 * Mounts placeholders added to the page later (single-page apps, late-rendered CMS blocks).
 * Returns the function that stops watching.
 *
 * @example const stop = watchForWidgets(document)
 */
export function watchForWidgets(document: Document, env: Partial<MountEnv> = {}): () => void {
  const View = document.defaultView;
  if (!View || typeof View.MutationObserver !== "function") return () => {};
  const observer = new View.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof View.Element) autoMountAll(node, env);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
