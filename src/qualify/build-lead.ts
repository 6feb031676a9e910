import { configQuestions } from "./config-questions";
import type { Answers, Campaign, Config, FollowUp, Lead, LeadBadge, LeadContext, StaffRating, Tier } from "../config/types";
import { answerOf, isAnswered } from "./answer-utils";
import { applicableQuestions } from "./applicable-questions";
import { classifyEmail } from "./classify-email";
import { explainScore } from "./explain-score";
import { priorityFor, respondByFor } from "./priority-for";
import { PRODUCT_LINE_QUESTION_ID } from "./product-line-question";
import { staffDecision } from "./staff-decision";

export interface BuildLeadInput {
  config: Config;
  answers: Answers;
  /** A fixed product line (data-product-line); else the picker's answer, else config.productLine. */
  productLine?: string | null;
  leadId: string;
  visitorId: string | null;
  submittedAt: Date;
  context: LeadContext;
  consent: Lead["consent"];
  /** The earlier lead from this visitor that this one updates (`supersedes` + `previousTier`). */
  previous?: LeadRef | null;
  /** Kiosk: the badge, the staff member's input and who captured the lead on which device. */
  booth?: BoothFacts;
}

/** What a booth adds to a lead (kiosk mode): all optional, each copied to the lead as it is. */
export interface BoothFacts {
  badge?: LeadBadge;
  /** Assisted mode: the staff step; the lead's `staff.decision` is derived from `rating`. */
  staff?: { rating: StaffRating; note: string; followUp: FollowUp[] };
  capturedBy?: string | null;
  deviceId?: string | null;
}

/** A lead named by its id and tier: what a later lead from the same person supersedes. */
export interface LeadRef {
  leadId: string;
  tier: Tier;
}

/** Sales-ready leads promise a call within five minutes (SPEC 5). */

/**
 * Assembles the SPEC 5 payload. Time and ids come in, so the same input always gives the same
 * lead. Only answers to questions the config knows (and the product-line picker) are kept, and
 * the score is computed from exactly those, so the server's re-score sees what the client saw.
 * `profileComplete` is true when every applicable question, optional ones included, is answered.
 * With `previous`, the lead names the lead it updates (`supersedes`, `previousTier`), so a
 * receiver can merge a returning visitor's leads into one row ("nurture → sales-ready"); a first
 * lead has neither field. With `booth` (kiosk), the lead carries the badge, the staff input (its
 * decision derived beside the visitor's score, never instead of it), `capturedBy` and `deviceId`.
 *
 * @example buildLead({ config, answers, leadId, visitorId: null, submittedAt: new Date(), context, consent: null }).priority
 */
export function buildLead(input: BuildLeadInput): Lead {
  const { config } = input;
  const answers = knownAnswers(config, input.answers);
  const explained = explainScore(config, answers, input.productLine);
  const { score } = explained;
  const asked = applicableQuestions(config, answers, explained.productLine ?? input.productLine, classifyEmail);
  const submittedAt = input.submittedAt.toISOString();
  return {
    schema: "lead-qualifier/lead@1",
    leadId: input.leadId,
    formId: config.id,
    channel: config.channel,
    productLine: explained.productLine,
    campaign: config.campaign ? leadCampaign(config.campaign) : null,
    submittedAt,
    visitorId: input.visitorId,
    profileComplete: asked.every((q) => isAnswered(answerOf(answers, q.id))),
    answers,
    score,
    priority: priorityFor(score.tier),
    respondBy: respondByFor(score.tier, input.submittedAt.getTime()),
    context: input.context,
    consent: input.consent,
    ...(input.previous ? { supersedes: input.previous.leadId, previousTier: input.previous.tier } : {}),
    ...boothFields(config, score, input.booth),
  };
}

/** The campaign's own fields only (a compiled config or a test may carry more). */
function leadCampaign({ type, name, startDate, endDate, booth }: Campaign): Campaign {
  return {
    type,
    name,
    ...(startDate !== undefined ? { startDate } : {}),
    ...(endDate !== undefined ? { endDate } : {}),
    ...(booth !== undefined ? { booth } : {}),
  };
}

function boothFields(config: Config, score: Lead["score"], booth: BoothFacts | undefined): Partial<Lead> {
  if (!booth) return {};
  const { badge, staff, capturedBy, deviceId } = booth;
  return {
    ...(badge ? { badge } : {}),
    ...(staff ? { staff: { ...staff, decision: staffDecision(config, score, staff.rating) } } : {}),
    ...(capturedBy !== undefined ? { capturedBy } : {}),
    ...(deviceId !== undefined ? { deviceId } : {}),
  };
}

/**
 * The answers whose key is a question of this config (core, any product line, or the picker when
 * there are product lines). Stray keys (old question ids, URL noise) are dropped, not sent.
 *
 * @example knownAnswers(config, { role: "vp", utm_source: "x" }) // { role: "vp" }
 */
export function knownAnswers(config: Config, answers: Answers): Answers {
  const ids = new Set(configQuestions(config).map((q) => q.id));
  // A remembered or prefilled product-line choice is kept even when this form fixes its line.
  if (Object.keys(config.productLines ?? {}).length > 0) ids.add(PRODUCT_LINE_QUESTION_ID);
  const kept: Answers = {};
  for (const id of ids) {
    const value = answerOf(answers, id);
    if (value !== undefined) kept[id] = value;
  }
  return kept;
}
