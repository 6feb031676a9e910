import type { ScoreMap } from "./types";

/**
 * Every default a config gets when a field is left out (SPEC 3). One place, so the schema,
 * the normalisation and the docs (docs/config.md) cannot disagree.
 */
export const DEFAULTS = {
  mode: "inline",
  channel: "landing-page",
  flow: { questionsPerStep: 1, maxNewQuestionsPerVisit: 4, autoAdvance: false, capturePartial: false, minFillSeconds: 3 },
  thresholds: { "sales-ready": 70, nurture: 40 },
  hiddenFields: { utm: true, params: [] as string[] },
  profile: { remember: true, ttlDays: 180 },
  kiosk: { idleResetSeconds: 60, resetAfterSubmitSeconds: 10 },
  delivery: { timeoutMs: 10_000 },
} as const;

/** Dimension maxima of the BANT preset; a config without a preset has no maxima (`{}`). */
export const BANT_MAX: Required<ScoreMap> = { budget: 25, authority: 25, need: 25, timeframe: 25, fit: 10 };

// Its own module, so the landing-page file (which plans the product-line step) does not carry the rest of this one.
export { PRODUCT_LINE_QUESTION_ID } from "./product-line-question-id";

/**
 * The consent checkbox text used when a config asks for consent without wording its own. It names
 * no privacy policy: the widget shows a "Privacy policy" link beside the box when
 * `consent.privacyUrl` is set, and a text promising a policy that is not linked would mislead
 * (`lead-qualifier check` warns when the URL is missing).
 */
export const CONSENT_LABEL = {
  en: "I agree to be contacted about my request and to the processing of my data for this purpose.",
  de: "Ich bin einverstanden, zu meiner Anfrage kontaktiert zu werden, und mit der Verarbeitung meiner Daten zu diesem Zweck.",
  fr: "J'accepte d'être contacté·e au sujet de ma demande et le traitement de mes données à cette fin.",
  es: "Acepto que me contacten sobre mi solicitud y el tratamiento de mis datos con este fin.",
};
