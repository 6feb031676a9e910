/**
 * The shared vocabulary of lead-qualifier: config, answers, score and lead shapes.
 *
 * These hand-written types are the contract between folders. The zod schemas in
 * `config/config-schema.ts` and `qualify/lead-schema.ts` are checked against them at compile
 * time (see the `Equals` assertions there), so the two can never drift.
 */

export const DIMENSIONS = ["budget", "authority", "need", "timeframe", "fit"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const TIERS = ["sales-ready", "sales-later", "nurture", "disqualified"] as const;
export type Tier = (typeof TIERS)[number];

export const QUESTION_TYPES = [
  "single", "multi", "select", "text", "textarea", "email", "phone", "number", "date", "consent",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const MODES = ["inline", "popup", "kiosk"] as const;
export type Mode = (typeof MODES)[number];

export const CHANNELS = ["landing-page", "contact-form", "kiosk", "phone", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

/** A plain string, or one string per locale: `{ "en": "Role", "de": "Rolle" }`. */
export type LocalizedText = string | Record<string, string>;

/** Points per dimension, e.g. `{ "authority": 25 }`. */
export type ScoreMap = Partial<Record<Dimension, number>>;

export interface Option {
  value: string;
  label: LocalizedText;
  score?: ScoreMap;
}

/** A numeric band: `min` inclusive, `max` exclusive; the first matching range scores. */
export interface Range {
  min?: number;
  max?: number;
  score: ScoreMap;
}

export interface Comparison {
  gte?: number;
  gt?: number;
  lte?: number;
  lt?: number;
}

export type EmailClass = "free-email" | "disposable-email" | "answered";

/** The one small condition language of `showIf` and scoring rules (SPEC 3). */
export type Condition =
  | { answer: string; in: Array<string | number | boolean> }
  | ({ answer: string } & Comparison)
  | { answer: string; is: EmailClass }
  | ({ score: "total" | Dimension } & Comparison)
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface Question {
  id: string;
  type: QuestionType;
  label: LocalizedText;
  help?: LocalizedText;
  placeholder?: LocalizedText;
  required?: boolean;
  options?: Option[];
  ranges?: Range[];
  showIf?: Condition;
  /** Whether the answer may be kept in the visitor profile (default: true, false for free text). */
  remember?: boolean;
  /**
   * A question that identifies the person (name, company): asked first on the first visit and
   * outside the per-visit budget. Default: true for `email` and `phone`, false for the rest.
   */
  contact?: boolean;
  /** number: allowed bounds; text/textarea: maximum length. */
  min?: number;
  max?: number;
  maxLength?: number;
  /** email: refuse these address classes with a friendly message (B2B forms). */
  reject?: Array<"free-email" | "disposable-email">;
}

/** An answer value: single/select/text/email/phone/date → string, multi → string[], number → number, consent → boolean. */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

export interface Rule {
  if: Condition;
  tier: Tier;
  reason: string;
}

/** The tiers a gate can guard: every tier but the lowest (nothing is below `disqualified`). */
export const GATED_TIERS = ["sales-ready", "sales-later", "nurture"] as const;
export type GatedTier = (typeof GATED_TIERS)[number];

/**
 * What a tier reached by points also requires (SPEC 4). A lead whose `require` is false falls to
 * the `else` tier (always a lower one) with `reason`, e.g.
 * `{ "require": { "answer": "timeframe", "in": ["now"] }, "else": "nurture", "reason": "Fit is strong but no timeframe yet" }`.
 */
export interface Gate {
  require: Condition;
  else: Tier;
  reason: string;
}

export interface Scoring {
  max: ScoreMap;
  rules: Rule[];
  thresholds: { "sales-ready": number; nurture: number };
  /** Per tier, the gates a lead reaching it by points must pass, checked in order. */
  gates?: Partial<Record<GatedTier, Gate[]>>;
}

export interface Outcome {
  title: LocalizedText;
  message?: LocalizedText;
  cta?: { label: LocalizedText; url: string };
}

export interface ProductLine {
  label: LocalizedText;
  questions: Question[];
}

export interface Example {
  name: string;
  answers: Answers;
  productLine?: string;
  expect: { tier: Tier; total?: number; reasons?: string[] };
}

/** A picture on the kiosk attract screen; no `alt` (or "") marks it decorative. */
export interface KioskImage {
  url: string;
  alt?: LocalizedText;
}

/**
 * The kiosk attract screen (shown between visitors): a headline (default: the campaign name), a
 * line under it (default: the giveaway label), a logo, an image and a brand colour that fills the
 * screen (default: `theme.accent` when it is a hex colour; text colours are picked for contrast).
 */
export interface KioskAttract {
  headline?: LocalizedText;
  text?: LocalizedText;
  logo?: KioskImage;
  image?: KioskImage;
  /** `#rgb` or `#rrggbb`. */
  brandColor?: string;
}

/** A staff member's grade of a booth visit in assisted mode: A (hot) to D (not a fit). */
export type StaffRating = "A" | "B" | "C" | "D";
/** What the staff member promised the visitor at the booth. */
export type FollowUp = "send-material" | "book-demo";
/** The contact fields a scanned badge can prefill (see `kiosk.badge.fields`). */
export type BadgeField = "name" | "email" | "company" | "phone";

/**
 * What a staff rating means (`kiosk.ratings`): a tier (`{ "tier": "sales-ready" }`) or points added to
 * the visitor's total (`{ "adjust": -10 }`, the tier then follows the thresholds), never both. `{}`
 * records the rating without a decision. `label` is what the staff step shows beside the letter.
 */
export interface RatingEffect {
  tier?: Tier;
  adjust?: number;
  label?: LocalizedText;
}

/** The campaign copied to every lead; a trade show adds its dates (`YYYY-MM-DD`) and the booth. */
export interface Campaign {
  type: string;
  name: string;
  startDate?: string;
  endDate?: string;
  booth?: string;
}

/** Kiosk settings (SPEC 7) and the booth features of assisted mode. */
export interface KioskSettings {
  idleResetSeconds: number;
  resetAfterSubmitSeconds: number;
  staffPin?: string;
  /** Kiosk giveaway: the outcome shows this label and a short code for staff (from the leadId). */
  giveaway?: { label: LocalizedText };
  /** The attract screen between visitors; see KioskAttract. */
  attract?: KioskAttract;
  /** Staff-assisted: after the visitor's questions, staff rate the visit (rating, note, follow-up). */
  assisted?: boolean;
  /** The booth staff to pick from as "captured by" (else staff type their name). */
  staff?: string[];
  /** What each rating means; unset ratings: A sales-ready, B sales-later, C nurture, D disqualified. */
  ratings?: Partial<Record<StaffRating, RatingEffect>>;
  /** The attract screen's language switch; default: the languages of the question labels. */
  languages?: string[];
  /** Badge scan ("Scan badge", on by default): which question each badge field answers. */
  badge?: { scan?: boolean; fields?: Partial<Record<BadgeField, string>> };
}

/** A config after validation: defaults filled in and the preset merged into `questions`. */
export interface Config {
  id: string;
  endpoint: string;
  preset?: "bant";
  mode: Mode;
  channel: Channel;
  productLine?: string;
  campaign?: Campaign;
  locale?: string;
  questions: Question[];
  productLines: Record<string, ProductLine>;
  flow: {
    questionsPerStep: number;
    maxNewQuestionsPerVisit: number;
    autoAdvance: boolean;
    capturePartial: boolean;
    /** Leads filled faster than this are flagged `context.suspectedBot`. */
    minFillSeconds: number;
    /**
     * Offer an optional "call me now" phone number on the sales-ready outcome when no phone is
     * known (default true; never in kiosk mode). It reaches sales as a lead that supersedes the first.
     */
    callMeNow?: boolean;
  };
  scoring: Scoring;
  outcomes: Partial<Record<Tier, Outcome>>;
  hiddenFields: { utm: boolean; params: string[] };
  consent?: { required: boolean; label: LocalizedText; privacyUrl?: string };
  profile: { remember: boolean; ttlDays: number };
  kiosk: KioskSettings;
  theme: { accent?: string; radius?: string; font?: string };
  launcher?: { label: LocalizedText };
  delivery: { timeoutMs: number };
  examples: Example[];
}

export interface Score {
  total: number;
  dimensions: Record<Dimension, number>;
  tier: Tier;
  reasons: string[];
}

export type Priority = "immediate" | "scheduled" | "normal" | "low";

export interface LeadContext {
  pageUrl: string;
  referrer: string;
  locale: string;
  utm: Record<string, string>;
  params: Record<string, string>;
  startedAt: string;
  durationMs: number;
  visit: number;
  suspectedBot?: boolean;
  partial?: boolean;
}

/**
 * A badge scanned (or its id typed) at the booth: the code's text as read (`raw`; no camera frame is
 * ever kept), what it was, and the attendee id when it has one, for reconciling with the registration
 * list after the show.
 */
export interface LeadBadge {
  raw: string;
  format: "vcard" | "mecard" | "text";
  source: "scan" | "typed";
  id?: string;
}

/** What a staff rating decided: a tier and total beside the visitor's own score, with the reason. */
export interface StaffDecision {
  tier: Tier;
  total: number;
  reason: string;
}

/**
 * Staff input in assisted mode, kept apart from the visitor's answers and score. `decision` is derived
 * from `rating` and the form's `kiosk.ratings` (the server derives it again, like the score).
 */
export interface StaffInput {
  rating: StaffRating;
  note: string;
  followUp: FollowUp[];
  decision: StaffDecision | null;
}

/** The payload POSTed to `endpoint` (SPEC 5). */
export interface Lead {
  schema: "lead-qualifier/lead@1";
  leadId: string;
  formId: string;
  channel: Channel;
  productLine: string | null;
  campaign: Campaign | null;
  submittedAt: string;
  visitorId: string | null;
  profileComplete: boolean;
  answers: Answers;
  score: Score;
  priority: Priority;
  respondBy: string | null;
  context: LeadContext;
  consent: { given: boolean; text: string; at: string } | null;
  /**
   * The leadId of the earlier lead from the same visitor that this one updates (progressive
   * profiling: each visit sends everything known again). Receivers merge on it; absent or null on
   * a first lead and from widgets older than this field.
   */
  supersedes?: string | null;
  /** The tier of the lead named by `supersedes`, so a receiver sees "nurture → sales-ready" at once. */
  previousTier?: Tier | null;
  /** Kiosk: the badge scanned or typed for this visitor. */
  badge?: LeadBadge;
  /** Kiosk, assisted mode: the staff member's rating, note and follow-up flags. */
  staff?: StaffInput;
  /** Kiosk: the staff member signed in on the tablet (staff panel), or null when nobody is. */
  capturedBy?: string | null;
  /** Kiosk: this tablet's random id (kept in its storage), to tell booth devices apart. */
  deviceId?: string | null;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export interface ConfigIssue {
  path: string;
  message: string;
}

export type ValidateConfigResult =
  | { ok: true; config: Config }
  | { ok: false; issues: ConfigIssue[] };
