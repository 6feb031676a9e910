import type { Answers, Channel, Tier } from "../../src/config/types";
import { priorityFor, respondByFor } from "../../src/qualify/priority-for";
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
  const total = facts.total ?? 50;
  const fit = Math.min(10, total);
  const quarter = Math.floor((total - fit) / 4);
  const score = {
    total,
    dimensions: { budget: total - fit - 3 * quarter, authority: quarter, need: quarter, timeframe: quarter, fit },
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
    priority: priorityFor(tier),
    respondBy: respondByFor(tier, Date.parse(at)),
    context: { pageUrl: "https://www.acme.io/", referrer: "", locale: "en", utm: {}, params: {}, startedAt: at, durationMs: 30_000, visit: 1 },
    consent: null,
    ...(facts.supersedes !== undefined ? { supersedes: facts.supersedes } : {}),
    ...(facts.previousTier !== undefined ? { previousTier: facts.previousTier } : {}),
    clientScore: score,
    scoreMismatch: false,
    receivedAt: facts.receivedAt ?? at,
  };
}
