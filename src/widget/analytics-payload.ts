import type { WidgetEventName, WidgetEvents } from "./widget-events";

/** What goes into `window.dataLayer`: the event name, the form id and a personal-data-free summary. */
export type AnalyticsPayload = { event: string; formId: string | null } & Record<string, unknown>;

/**
 * Turns a widget event into a dataLayer entry without answer values or the lead itself, so an
 * analytics tag can never collect personal data (SPEC 2). Each event lists the fields it may
 * carry; everything else is dropped, which keeps a future detail field out of analytics by default.
 *
 * @example analyticsPayload("submit", { lead }, "acme")
 * // { event: "lead_qualifier_submit", formId: "acme", leadId: "7b0c…", tier: "sales-ready", total: 82 }
 */
export function analyticsPayload<K extends WidgetEventName>(
  name: K,
  detail: WidgetEvents[K],
  formId: string | null,
): AnalyticsPayload {
  return { event: `lead_qualifier_${name}`, formId, ...safeFields(name, detail) };
}

function safeFields(name: WidgetEventName, detail: WidgetEvents[WidgetEventName]): Record<string, unknown> {
  switch (name) {
    case "step": {
      const { index, total, questionIds } = detail as WidgetEvents["step"];
      return { index, total, questionIds: [...questionIds] };
    }
    case "answer":
      return { questionId: (detail as WidgetEvents["answer"]).questionId };
    case "qualified": {
      const { score } = detail as WidgetEvents["qualified"];
      return { tier: score.tier, total: score.total };
    }
    case "submit": {
      const { lead } = detail as WidgetEvents["submit"];
      // An id, not personal data: lets a tag count an update (call me now, a return visit) once.
      const update = lead.supersedes ? { supersedes: lead.supersedes } : {};
      return { leadId: lead.leadId, tier: lead.score.tier, total: lead.score.total, ...update };
    }
    case "delivered":
      return { leadId: (detail as WidgetEvents["delivered"]).leadId };
    case "error":
      // The message may quote a server answer or a config path; the code alone is enough for analytics.
      return { code: (detail as WidgetEvents["error"]).code };
    case "ready":
      return {};
  }
}
