import { BANT_QUESTIONS } from "./bant-questions";
import { BANT_MAX } from "./defaults";
import type { Outcome, Question, Rule, Scoring, Tier } from "./types";

/** A built-in starting point a config names with `"preset"`; merged by `mergePreset`. */
export interface Preset {
  questions: Question[];
  scoring: Scoring;
  outcomes: Partial<Record<Tier, Outcome>>;
}

/** The needs that make a lead a prospect; `support` alone means "help with what I already have". */
const PROSPECT_NEEDS = ["reporting", "automation", "integration", "compliance", "other"];

// Sales-ready means "wants to talk now": a start within a month, someone who can decide (manager
// or above: authority >= 15), a budget that is not "none", and 60 points overall (most of BANT,
// not a micro-company with "something else" on an exploring budget). Buying soon without the
// authority or the budget is a call at a later date, not a five-minute callback.
const RULES: Rule[] = [
  { if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" },
  { if: { answer: "email", is: "disposable-email" }, tier: "disqualified", reason: "Disposable email" },
  {
    if: { all: [{ answer: "budget", in: ["none"] }, { answer: "timeframe", in: ["no-plans"] }] },
    tier: "disqualified",
    reason: "No budget and no timeframe",
  },
  {
    if: { all: [{ answer: "need", in: ["support"] }, { not: { answer: "need", in: PROSPECT_NEEDS } }] },
    tier: "disqualified",
    reason: "Existing customer asking for support",
  },
  {
    if: {
      all: [
        { answer: "timeframe", in: ["now"] },
        { score: "authority", gte: 15 },
        { not: { answer: "budget", in: ["none"] } },
        { score: "total", gte: 60 },
      ],
    },
    tier: "sales-ready",
    reason: "Buying within a month",
  },
  {
    if: { all: [{ answer: "timeframe", in: ["now"] }, { score: "authority", lt: 15 }, { score: "total", gte: 50 }] },
    tier: "sales-later",
    reason: "Buying within a month, but not a decision maker",
  },
  {
    if: { all: [{ answer: "timeframe", in: ["now"] }, { answer: "budget", in: ["none"] }, { score: "total", gte: 50 }] },
    tier: "sales-later",
    reason: "Buying within a month, but no budget yet",
  },
  { if: { answer: "timeframe", in: ["next-quarter"] }, tier: "sales-later", reason: "Asked for a later call" },
];

// Points alone never make a lead hot: a lead that reaches the sales-ready threshold without a
// rule deciding has no start within a month (the rules above catch every one that has), so it
// becomes a later call when it has a start date, and nurture when it has none.
const GATES: Scoring["gates"] = {
  "sales-ready": [
    {
      require: { answer: "timeframe", in: ["now", "next-quarter", "this-year"] },
      else: "nurture",
      reason: "Fit is strong but no timeframe yet",
    },
    { require: { answer: "timeframe", in: ["now"] }, else: "sales-later", reason: "Fit is strong but the project starts later" },
  ],
};

const OUTCOMES: Partial<Record<Tier, Outcome>> = {
  "sales-ready": {
    title: { en: "Let's talk", de: "Lassen Sie uns sprechen", fr: "Parlons-en", es: "Hablemos" },
    message: {
      en: "Thank you! One of our specialists will get in touch within a few minutes during business hours.",
      de: "Vielen Dank! Eine Fachperson meldet sich während der Geschäftszeiten innerhalb weniger Minuten bei Ihnen.",
      fr: "Merci ! Un de nos spécialistes vous contactera dans quelques minutes pendant les heures ouvrées.",
      es: "¡Gracias! Uno de nuestros especialistas se pondrá en contacto en pocos minutos en horario laboral.",
    },
    // No url on purpose: the widget shows the button once a config sets `cta.url`.
    cta: { label: { en: "Book a meeting", de: "Termin buchen", fr: "Prendre rendez-vous", es: "Reservar una reunión" }, url: "" },
  },
  "sales-later": {
    title: { en: "We'll be in touch", de: "Wir melden uns", fr: "Nous reviendrons vers vous", es: "Nos pondremos en contacto" },
    message: {
      en: "Thank you! We will contact you at a time that suits your plans.",
      de: "Vielen Dank! Wir melden uns zu einem Zeitpunkt, der zu Ihren Plänen passt.",
      fr: "Merci ! Nous vous contacterons au moment qui correspond à votre projet.",
      es: "¡Gracias! Le contactaremos en el momento que mejor encaje con sus planes.",
    },
  },
  nurture: {
    title: { en: "Thanks for your interest", de: "Danke für Ihr Interesse", fr: "Merci de votre intérêt", es: "Gracias por su interés" },
    message: {
      en: "We will send you practical material to help you plan. Reach out any time you are ready.",
      de: "Wir senden Ihnen hilfreiche Unterlagen für Ihre Planung. Melden Sie sich jederzeit, wenn Sie so weit sind.",
      fr: "Nous vous enverrons des ressources utiles pour préparer votre projet. Contactez-nous dès que vous êtes prêt·e.",
      es: "Le enviaremos material práctico para ayudarle a planificar. Escríbanos cuando esté listo.",
    },
  },
  disqualified: {
    title: { en: "Thank you", de: "Vielen Dank", fr: "Merci", es: "Gracias" },
    message: {
      en: "We have received your answers.",
      de: "Wir haben Ihre Antworten erhalten.",
      fr: "Nous avons bien reçu vos réponses.",
      es: "Hemos recibido sus respuestas.",
    },
  },
};

/**
 * The standard BANT (budget, authority, need, timeframe) core set a marketer can use as is:
 * work email, name, company, role, company size, needs, budget, timeframe and consent, in
 * en/de/fr/es, with scores, disqualify/routing rules, sales-ready gates and an outcome for every
 * tier. Question ids and option values are a public contract (configs' rules and examples name
 * them): add to them, never rename.
 * Free email addresses are accepted (many small buyers use them); disposable ones disqualify.
 *
 * @example validateConfig({ id: "acme", endpoint: "https://api.example.com/leads", preset: "bant" })
 */
export const BANT_PRESET: Preset = {
  questions: BANT_QUESTIONS,
  scoring: { max: BANT_MAX, rules: RULES, gates: GATES, thresholds: { "sales-ready": 70, nurture: 40 } },
  outcomes: OUTCOMES,
};

/** Presets by the name a config uses in `"preset"`. */
export const PRESETS: Record<"bant", Preset> = { bant: BANT_PRESET };
