import type { Lead, Score } from "../config/types";
import type { Problem } from "../delivery/read-problem";

/**
 * The events a mounted widget emits (SPEC 2), by name → detail. The same detail object goes to
 * `handle.on(name, fn)` listeners and into the `lead-qualifier:<name>` DOM CustomEvent.
 */
export interface WidgetEvents {
  ready: { formId: string };
  step: { index: number; total: number; questionIds: string[] };
  answer: { questionId: string };
  qualified: { score: Score };
  submit: { lead: Lead };
  delivered: { leadId: string };
  /** `problem`: the endpoint's problem+json answer to a refused lead (`error`, `issues` with paths and messages). */
  error: { code: string; message: string; leadId?: string; status?: number; problem?: Problem };
}

export type WidgetEventName = keyof WidgetEvents;

export const WIDGET_EVENT_NAMES: readonly WidgetEventName[] = [
  "ready", "step", "answer", "qualified", "submit", "delivered", "error",
];
