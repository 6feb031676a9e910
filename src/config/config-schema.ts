import "./zod-setup";
import * as z from "zod/mini";
import { conditionSchema } from "./condition-schema";
import { DEFAULTS } from "./defaults";
import { localizedTextSchema, questionSchema, scoreMapSchema } from "./question-schema";
import { BADGE_FIELDS, STAFF_RATINGS } from "./booth-vocabulary";
import { CHANNELS, GATED_TIERS, MODES, TIERS, type BadgeField, type Campaign, type Condition, type Config, type Example, type Gate, type KioskAttract, type Outcome, type Question, type RatingEffect, type StaffRating } from "./types";
import { LOCALE_PATTERN } from "./patterns";
import { isAllowedEndpoint, isHttpUrl, isImageUrl, placeholdersAfterHost } from "./url-checks";

const HTTP_URL = "must be an absolute http(s) URL";
const httpUrl = z.string().check(z.refine(isHttpUrl, HTTP_URL));
const count = (min: number, max: number) =>
  z.int().check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));

/** Product-line keys travel in `data-product-line` and in leads, so keep them plain. */
export const PRODUCT_LINE_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const productLineSchema = z.strictObject({
  label: localizedTextSchema,
  questions: z._default(z.array(questionSchema), []),
});

const ruleSchema = z.strictObject({
  if: conditionSchema,
  tier: z.enum(TIERS, { error: `expected one of ${TIERS.join(", ")}` }),
  reason: z.string().check(z.minLength(1, "must not be empty")),
});

const gateSchema = z.strictObject({
  require: conditionSchema,
  else: z.enum(TIERS, { error: `expected one of ${TIERS.join(", ")}` }),
  reason: z.string().check(z.minLength(1, "must not be empty")),
});

// One optional list per gated tier; a `disqualified` key is an unknown key (nothing is below it).
const gatesSchema = z.strictObject(
  Object.fromEntries(GATED_TIERS.map((tier) => [tier, z.optional(z.array(gateSchema))])) as Record<
    (typeof GATED_TIERS)[number],
    z.ZodMiniOptional<z.ZodMiniArray<typeof gateSchema>>
  >,
);

// Outcome fields are optional here so a config can change one field of a preset outcome
// (typically just `cta.url`); `normalize-config.ts` reports a title still missing after the merge.
const outcomeSchema = z.strictObject({
  title: z.optional(localizedTextSchema),
  message: z.optional(localizedTextSchema),
  cta: z.optional(
    z.strictObject({
      label: z.optional(localizedTextSchema),
      // "" means "no link yet": the widget shows the call to action only with a url.
      url: z.optional(
        z.string().check(
          z.refine((url) => url === "" || isHttpUrl(url), HTTP_URL),
          z.refine(placeholdersAfterHost, "placeholders like {email} may only be in the path, query or fragment, never in the scheme or host"),
        ),
      ),
    }),
  ),
});

const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())], {
  error: "expected a string, number, boolean or list of strings",
});

const exampleSchema = z.strictObject({
  name: z.string().check(z.minLength(1, "must not be empty")),
  answers: z.record(z.string(), answerValueSchema),
  productLine: z.optional(z.string()),
  expect: z.strictObject({
    tier: z.enum(TIERS, { error: `expected one of ${TIERS.join(", ")}` }),
    total: z.optional(z.number()),
    reasons: z.optional(z.array(z.string())),
  }),
});

// Kiosk attract-screen pictures: loaded by the page with <img>, so the page's CSP img-src must allow them.
const imageSchema = z.strictObject({
  url: z.string().check(z.refine(isImageUrl, "must be https (http only for localhost) or a path like /booth/logo.svg")),
  alt: z.optional(localizedTextSchema),
});

const attractSchema = z.strictObject({
  headline: z.optional(localizedTextSchema),
  text: z.optional(localizedTextSchema),
  logo: z.optional(imageSchema),
  image: z.optional(imageSchema),
  brandColor: z.optional(z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "expected a hex color like #0a5c36"))),
});

// Booth features (issue 15): staff ratings, the staff list, the language switch and badge scan.
const ratingEffectSchema = z.strictObject({
  tier: z.optional(z.enum(TIERS, { error: `expected one of ${TIERS.join(", ")}` })),
  adjust: z.optional(count(-100, 100)),
  label: z.optional(localizedTextSchema),
});
const ratingsSchema = z.strictObject(
  Object.fromEntries(STAFF_RATINGS.map((rating) => [rating, z.optional(ratingEffectSchema)])) as Record<
    StaffRating,
    z.ZodMiniOptional<typeof ratingEffectSchema>
  >,
);
const questionIdRef = z.string().check(z.minLength(1, "must not be empty"));
const badgeSchema = z.strictObject({
  scan: z.optional(z.boolean()),
  fields: z.optional(
    z.strictObject(
      Object.fromEntries(BADGE_FIELDS.map((field) => [field, z.optional(questionIdRef)])) as Record<
        BadgeField,
        z.ZodMiniOptional<typeof questionIdRef>
      >,
    ),
  ),
});
const staffNameSchema = z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(80, "at most 80 characters"));
const isoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected a date like 2026-11-23"));

const campaignSchema = z.strictObject({
  type: z.string(),
  name: z.string(),
  startDate: z.optional(isoDate),
  endDate: z.optional(isoDate),
  booth: z.optional(z.string().check(z.maxLength(40, "at most 40 characters"))),
});

const thresholdSchema = z.number().check(z.refine(Number.isFinite, "expected a finite number"));

/**
 * The config as written by a developer (SPEC 3), with every static default filled in.
 * Strict at every level: an unknown key (`"questons"`) is an error, not silently ignored.
 * Defaults that depend on other fields (kiosk mode, the preset) are applied afterwards by
 * `normalizeConfig`; use `validateConfig`, not this schema, to get a `Config`.
 *
 * @example configSchema.safeParse({ id: "acme", endpoint: "https://api.example.com/leads", preset: "bant" })
 */
export const configSchema = z.strictObject({
  // Editors add `$schema` to get autocompletion from the shipped JSON Schema; it is ignored.
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, "must use only lowercase letters, digits and -")),
  endpoint: z.string().check(z.refine(isAllowedEndpoint, "must be https (http only for localhost) or a path like /leads")),
  preset: z.optional(z.enum(["bant"], { error: "expected bant" })),
  mode: z._default(z.enum(MODES, { error: `expected one of ${MODES.join(", ")}` }), DEFAULTS.mode),
  channel: z.optional(z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(", ")}` })),
  productLine: z.optional(z.string()),
  campaign: z.optional(campaignSchema),
  locale: z.optional(z.string().check(z.regex(LOCALE_PATTERN, "expected a locale like en or de-AT"))),
  questions: z._default(z.array(questionSchema), []),
  productLines: z._default(
    z.record(
      z.string().check(z.regex(PRODUCT_LINE_KEY_PATTERN, "must use only letters, digits, _ or -")),
      productLineSchema,
    ),
    {},
  ),
  flow: z.prefault(
    z.strictObject({
      questionsPerStep: z._default(count(1, 50), DEFAULTS.flow.questionsPerStep),
      maxNewQuestionsPerVisit: z._default(count(1, 100), DEFAULTS.flow.maxNewQuestionsPerVisit),
      autoAdvance: z.optional(z.boolean()),
      capturePartial: z._default(z.boolean(), DEFAULTS.flow.capturePartial),
      minFillSeconds: z._default(count(0, 3600), DEFAULTS.flow.minFillSeconds),
      callMeNow: z.optional(z.boolean()),
    }),
    {},
  ),
  scoring: z.prefault(
    z.strictObject({
      max: z.optional(scoreMapSchema),
      rules: z._default(z.array(ruleSchema), []),
      gates: z.optional(gatesSchema),
      thresholds: z.prefault(
        z.strictObject({
          "sales-ready": z._default(thresholdSchema, DEFAULTS.thresholds["sales-ready"]),
          nurture: z._default(thresholdSchema, DEFAULTS.thresholds.nurture),
        }),
        {},
      ),
    }),
    {},
  ),
  outcomes: z._default(z.strictObject(Object.fromEntries(TIERS.map((tier) => [tier, z.optional(outcomeSchema)])) as Record<(typeof TIERS)[number], z.ZodMiniOptional<typeof outcomeSchema>>), {}),
  hiddenFields: z.prefault(
    z.strictObject({
      utm: z._default(z.boolean(), DEFAULTS.hiddenFields.utm),
      params: z._default(z.array(z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/, "expected a URL parameter name"))), []),
    }),
    {},
  ),
  consent: z.optional(
    z.strictObject({
      required: z._default(z.boolean(), true),
      label: z.optional(localizedTextSchema),
      privacyUrl: z.optional(httpUrl),
    }),
  ),
  profile: z.prefault(
    z.strictObject({
      remember: z._default(z.boolean(), DEFAULTS.profile.remember),
      ttlDays: z._default(count(1, 3650), DEFAULTS.profile.ttlDays),
    }),
    {},
  ),
  kiosk: z.prefault(
    z.strictObject({
      idleResetSeconds: z._default(count(5, 3600), DEFAULTS.kiosk.idleResetSeconds),
      resetAfterSubmitSeconds: z._default(count(1, 3600), DEFAULTS.kiosk.resetAfterSubmitSeconds),
      staffPin: z.optional(z.string().check(z.regex(/^\d{4,8}$/, "must be 4 to 8 digits"))),
      giveaway: z.optional(z.strictObject({ label: localizedTextSchema })),
      attract: z.optional(attractSchema),
      assisted: z.optional(z.boolean()),
      staff: z.optional(z.array(staffNameSchema).check(z.maxLength(100, "at most 100 names"))),
      ratings: z.optional(ratingsSchema),
      languages: z.optional(z.array(z.string().check(z.regex(LOCALE_PATTERN, "expected a locale like en or de-AT"))).check(z.minLength(1, "must list at least one language"))),
      badge: z.optional(badgeSchema),
    }),
    {},
  ),
  // Theme values end up in a stylesheet: only plain CSS values, nothing that could close a rule.
  theme: z._default(
    z.strictObject({
      accent: z.optional(z.string().check(z.regex(/^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|hsl)a?\([\d\s.,%/+-]+\))$/, "expected a CSS color like #0b5fff"))),
      radius: z.optional(z.string().check(z.regex(/^\d+(\.\d+)?(px|rem|em|%)?$/, "expected a CSS length like 10px"))),
      font: z.optional(z.string().check(z.regex(/^[\w\s,'"-]+$/, "expected a CSS font-family list"))),
    }),
    {},
  ),
  launcher: z.optional(z.strictObject({ label: localizedTextSchema })),
  delivery: z.prefault(
    z.strictObject({ timeoutMs: z._default(count(500, 120_000), DEFAULTS.delivery.timeoutMs) }),
    {},
  ),
  examples: z._default(z.array(exampleSchema), []),
});

/** The schema's output: static defaults applied, before the preset merge and kiosk rules. */
export type ParsedConfig = z.output<typeof configSchema>;

// Compile-time proof that the schema and the hand-written types in types.ts describe the same
// shapes (a drift is a type error here, not a bug in production). `normalizeConfig`'s return
// type completes the proof for the whole config: ParsedConfig, normalised, is a `Config`; and a
// `Config` is valid schema input, so a validated config can be validated again.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShapes: [
  Same<z.output<typeof questionSchema>, Question>,
  Same<z.output<typeof conditionSchema>, Condition>,
  Same<z.output<typeof exampleSchema>, Example>,
  Same<z.output<typeof ruleSchema>, Config["scoring"]["rules"][number]>,
  Same<z.output<typeof gateSchema>, Gate>,
  Same<keyof z.output<typeof gatesSchema>, keyof NonNullable<Config["scoring"]["gates"]>>,
  Config extends z.input<typeof configSchema> ? true : false,
  // Key sets, so an optional field added to types.ts but not here (strict: it would be refused) fails.
  Same<Exclude<keyof ParsedConfig, "$schema">, keyof Config>,
  false extends { [K in NestedBlock]: Same<keyof NonNullable<ParsedConfig[K]>, keyof NonNullable<Config[K]>> }[NestedBlock] ? false : true,
  Same<keyof z.output<typeof questionSchema>, keyof Question>,
  Same<keyof z.output<typeof exampleSchema>, keyof Example>,
  Same<keyof z.output<typeof outcomeSchema>, keyof Outcome>,
  Same<z.output<typeof attractSchema>, KioskAttract>,
  Same<z.output<typeof ratingEffectSchema>, RatingEffect>,
  Same<z.output<typeof campaignSchema>, Campaign>,
  Same<NonNullable<z.output<typeof badgeSchema>["fields"]>, NonNullable<NonNullable<Config["kiosk"]["badge"]>["fields"]>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
type NestedBlock = "flow" | "scoring" | "hiddenFields" | "consent" | "profile" | "kiosk" | "theme" | "launcher" | "delivery" | "campaign";
void _sameShapes;
