import type { Answers, Channel, Tier } from "../../src/config/types";
import type { ServerLead } from "../../src/server/server-lead";

export interface LeadFacts {
  leadId?: string;
  formId?: string;
  channel?: Channel;
  productLine?: string | null;
  campaign?: { type: string; name: string } | null;
  tier?: Tier;
  total?: number;
  reasons?: string[];
  answers?: Answers;
  visitorId?: string | null;
  supersedes?: string | null;
  previousTier?: Tier | null;
  /** When it was submitted and received (ISO). Default 2026-11-23T12:00:00.000Z. */
  at?: string;
  receivedAt?: string;
}

/**
 * A complete ServerLead (what `onLead` receives) from a few facts, for store and desk tests.
 *
 * @example serverLead({ tier: "sales-ready", answers: { email: "ana@acme.io" } })
 */
export function serverLead(facts: LeadFacts = {}): ServerLead {
  const at = facts.at ?? "2026-11-23T12:00:00.000Z";
  const tier = facts.tier ?? "nurture";
  const score = {
    total: facts.total ?? 50,
    dimensions: { budget: 10, authority: 10, need: 10, timeframe: 10, fit: facts.total === undefined ? 10 : facts.total - 40 },
    tier,
    reasons: facts.reasons ?? ["Score reached the nurture threshold"],
  };
  return {
    schema: "lead-qualifier/lead@1",
    leadId: facts.leadId ?? crypto.randomUUID(),
    formId: facts.formId ?? "acme-analytics",
    channel: facts.channel ?? "landing-page",
    productLine: facts.productLine === undefined ? "analytics" : facts.productLine,
    campaign: facts.campaign ?? null,
    submittedAt: at,
    visitorId: facts.visitorId ?? null,
    profileComplete: false,
    answers: facts.answers ?? { email: "ana@acme.io", name: "Ana Lima", company: "Acme" },
    score,
    priority: tier === "sales-ready" ? "immediate" : "normal",
    respondBy: tier === "sales-ready" ? new Date(Date.parse(at) + 5 * 60_000).toISOString() : null,
    context: { pageUrl: "https://www.acme.io/", referrer: "", locale: "en", utm: {}, params: {}, startedAt: at, durationMs: 30_000, visit: 1 },
    consent: null,
    ...(facts.supersedes !== undefined ? { supersedes: facts.supersedes } : {}),
    ...(facts.previousTier !== undefined ? { previousTier: facts.previousTier } : {}),
    clientScore: score,
    scoreMismatch: false,
    receivedAt: facts.receivedAt ?? at,
  };
}
