import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, vi } from "vitest";
import type { Config } from "../../src/config/types";
import { formKitSource } from "../../src/widget/form-kit-source";
import { LeadForm, type LeadFormProps } from "../../src/widget/lead-form";
import * as formKit from "../../src/widget/parts/form-kit";

/** The form kit, already loaded: the form behaves as on a page once its first paint has passed. */
export const loadedKit = () => formKitSource(async () => formKit, formKit);

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

/** Renders a LeadForm with spies for every callback. */
export function renderForm(config: Config, props: Partial<LeadFormProps> = {}) {
  const onComplete = vi.fn<LeadFormProps["onComplete"]>();
  const onStep = vi.fn<NonNullable<LeadFormProps["onStep"]>>();
  const onAnswer = vi.fn<NonNullable<LeadFormProps["onAnswer"]>>();
  const view = render(
    <LeadForm config={config} locale="en" kit={loadedKit()} onComplete={onComplete} onStep={onStep} onAnswer={onAnswer} {...props} />,
  );
  return { ...view, onComplete, onStep, onAnswer };
}

/** Types into a text-like field (input events per keystroke, then change on commit). */
export function typeInto(element: HTMLElement, value: string) {
  fireEvent.input(element, { target: { value } });
  fireEvent.change(element, { target: { value } });
}

export function clickButton(name: string | RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
}

/** A pointer click on a radio or checkbox (detail 1, as a real mouse or tap gives). */
export function pointerClick(element: HTMLElement) {
  fireEvent.click(element, { detail: 1 });
}
