import type { FocusRequest } from "./form-state";

/**
 * Moves focus as a form render asked: to the step or outcome heading (after Next/Back/Submit),
 * or to an invalid field — for a choice group, its checked option or else the first one.
 * Returns whether something was focused. DOM in, nothing global: the root is the form's own node.
 *
 * @example applyFocusRequest(rootElement, { kind: "heading" })
 */
export function applyFocusRequest(root: HTMLElement, request: FocusRequest): boolean {
  const target = findTarget(root, request);
  if (!target) return false;
  target.focus();
  return true;
}

function findTarget(root: HTMLElement, request: FocusRequest): HTMLElement | null {
  switch (request.kind) {
    case "heading":
      return root.querySelector<HTMLElement>(".lq-step-title");
    case "outcome":
      return root.querySelector<HTMLElement>(".lq-outcome-title");
    case "field": {
      const field = [...root.querySelectorAll<HTMLElement>(".lq-field")].find(
        (element) => element.dataset.question === request.questionId,
      );
      if (!field) return null;
      return (
        field.querySelector<HTMLElement>("input:checked") ??
        field.querySelector<HTMLElement>("input, select, textarea")
      );
    }
  }
}
