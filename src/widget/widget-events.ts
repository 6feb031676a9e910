import type { Lead, Score } from "../config/types";

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
  error: { code: string; message: string; leadId?: string; status?: number };
}

export type WidgetEventName = keyof WidgetEvents;

export const WIDGET_EVENT_NAMES: readonly WidgetEventName[] = [
  "ready", "step", "answer", "qualified", "submit", "delivered", "error",
];
