import { localize } from "../config/localize";
import type { Answers, Config, Lead } from "../config/types";
import { buildLead, type BoothFacts, type LeadRef } from "../qualify/build-lead";
import { formQuestions } from "../qualify/form-questions";

export interface CompletedLeadInput {
  config: Config;
  locale: string;
  answers: Answers;
  /** The hidden honeypot field was filled: a bot, most likely. */
  honeypot: boolean;
  leadId: string;
  visitorId: string | null;
  /** First interaction (or first render when the visitor never interacted before submitting). */
  startedAt: Date;
  submittedAt: Date;
  pageUrl: string;
  referrer: string;
  utm: Record<string, string>;
  params: Record<string, string>;
  visit: number;
  /** An abandoned visit sent as it stands (`flow.capturePartial`): flagged, never "complete". */
  partial?: boolean;
  /** The visitor's earlier lead this one updates (from the profile, or the call-me-now offer). */
  previous?: LeadRef | null;
  /** Kiosk: badge, staff input, captured by and device (see `buildLead`). */
  booth?: BoothFacts;
}

/**
 * Assembles the lead for a completed form: context (page, attribution, timing, bot flag) and the
 * consent record, then `buildLead` for score, priority and the rest. Pure: every clock value,
 * id and page fact is passed in, so the same inputs always give the same lead.
 * A lead filled faster than `flow.minFillSeconds` or with the honeypot filled is flagged
 * `suspectedBot` and still delivered (SPEC 9: flag, never drop). A `partial` lead carries
 * `context.partial: true` and `profileComplete: false`, whatever happened to be answered.
 *
 * @example completedLead({ config, locale: "en", answers, honeypot: false, leadId, visitorId: null,
 *   startedAt, submittedAt, pageUrl: location.href, referrer: "", utm: {}, params: {}, visit: 1 })
 */
export function completedLead(input: CompletedLeadInput): Lead {
  const { config, locale, answers, startedAt, submittedAt } = input;
  const durationMs = Math.max(0, submittedAt.getTime() - startedAt.getTime());
  const suspectedBot = input.honeypot || durationMs < config.flow.minFillSeconds * 1000;
  const lead = buildLead({
    config,
    answers,
    productLine: config.productLine ?? null,
    leadId: input.leadId,
    visitorId: input.visitorId,
    submittedAt,
    context: {
      pageUrl: input.pageUrl,
      referrer: input.referrer,
      locale,
      utm: config.hiddenFields.utm ? input.utm : {},
      params: input.params,
      startedAt: startedAt.toISOString(),
      durationMs,
      visit: input.visit,
      ...(suspectedBot ? { suspectedBot: true } : {}),
      ...(input.partial ? { partial: true } : {}),
    },
    consent: consentRecord(config, answers, locale, submittedAt),
    previous: input.previous ?? null,
    ...(input.booth ? { booth: input.booth } : {}),
  });
  // Sales must not read an abandoned visit as a finished one, even if every question was answered.
  return input.partial ? { ...lead, profileComplete: false } : lead;
}

/**
 * The consent as the visitor saw it: the answer to the consent question, its label in the
 * visitor's locale (what they agreed to, word for word) and when. `null` when the form asks none.
 */
function consentRecord(config: Config, answers: Answers, locale: string, at: Date): Lead["consent"] {
  const consents = formQuestions(config).filter((q) => q.type === "consent");
  const question = consents.find((q) => q.id in answers) ?? consents[0];
  if (!question) return null;
  return { given: answers[question.id] === true, text: localize(question.label, locale), at: at.toISOString() };
}
