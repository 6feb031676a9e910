import { RESPOND_WITHIN_MS } from "../qualify/priority-for";
import type { ServerLead } from "../server/server-lead";
import type { Destination } from "./destination-types";

/**
 * A made-up sales-ready lead for `lead-qualifier destinations test`: obviously a test (name, email, reasons
 * say so), with an answer for every question the destination maps, so each mapped field shows up on the
 * other side. Pure: id and time are passed in.
 *
 * @example sampleLead(destination, crypto.randomUUID(), Date.now()).answers.email // "test.lead@example.com"
 */
export function sampleLead(destination: Destination, leadId: string, now: number): ServerLead {
  const at = new Date(now).toISOString();
  const answers: ServerLead["answers"] = { email: "test.lead@example.com", name: "Test Lead", company: "Example Inc (lead-qualifier test)", phone: "+1 555 0100" };
  if ("fields" in destination) for (const questionId of Object.keys(destination.fields)) answers[questionId] ??= "test";
  const score = { total: 90, dimensions: { budget: 20, authority: 25, need: 20, timeframe: 25, fit: 0 }, tier: "sales-ready" as const, reasons: ["Test lead sent by lead-qualifier destinations test"] };
  return {
    schema: "lead-qualifier/lead@1",
    leadId,
    formId: destination.when.forms?.[0] ?? "destinations-test",
    channel: "other",
    productLine: null,
    campaign: null,
    submittedAt: at,
    visitorId: null,
    profileComplete: true,
    answers,
    score,
    priority: "immediate",
    respondBy: new Date(now + RESPOND_WITHIN_MS).toISOString(),
    context: { pageUrl: "https://www.example.com/lead-qualifier-test", referrer: "", locale: "en", utm: {}, params: {}, startedAt: at, durationMs: 0, visit: 1 },
    consent: { given: true, text: "Test consent text (lead-qualifier destinations test)", at },
    clientScore: score,
    scoreMismatch: false,
    receivedAt: at,
  };
}
