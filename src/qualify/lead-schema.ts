import "../config/zod-setup";
import * as z from "zod/mini";
import { FOLLOW_UPS, STAFF_RATINGS } from "../config/booth-vocabulary";
import { CHANNELS, DIMENSIONS, TIERS, type Dimension, type Lead } from "../config/types";

/** Size limits: generous for real forms, small enough that a hostile body cannot balloon. */
export const LEAD_LIMITS = {
  answers: 200, answerKey: 100, text: 5000, listItems: 100, reasons: 50, url: 4096, record: 50,
  /** A QR code holds at most 2,953 bytes; a badge's text is never longer. */
  badge: 3000,
  note: 2000,
} as const;

const text = (max: number = LEAD_LIMITS.text) => z.string().check(z.maxLength(max));
const datetime = z.iso.datetime({ offset: true });
const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));

const maxKeys = <T extends object>(max: number) =>
  z.refine<T>((value) => Object.keys(value).length <= max, `at most ${max} entries`);

const answerValue = z.union([
  text(),
  finite,
  z.boolean(),
  z.array(text()).check(z.maxLength(LEAD_LIMITS.listItems)),
]);

const stringRecord = z.record(text(LEAD_LIMITS.answerKey), text(LEAD_LIMITS.url)).check(maxKeys(LEAD_LIMITS.record));

const dimensions = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, finite])) as Record<Dimension, typeof finite>,
);

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

// Booth fields (issue 15), all optional so leads from before them still validate.
const campaign = z.strictObject({
  type: text(200),
  name: text(200),
  startDate: z.optional(isoDay),
  endDate: z.optional(isoDay),
  booth: z.optional(text(40)),
});
const badge = z.strictObject({
  raw: text(LEAD_LIMITS.badge),
  format: z.enum(["vcard", "mecard", "text"]),
  source: z.enum(["scan", "typed"]),
  id: z.optional(text(200)),
});
const staff = z.strictObject({
  rating: z.enum(STAFF_RATINGS),
  note: text(LEAD_LIMITS.note),
  followUp: z.array(z.enum(FOLLOW_UPS)).check(z.maxLength(FOLLOW_UPS.length)),
  decision: z.nullable(z.strictObject({ tier: z.enum(TIERS), total: finite, reason: text(500) })),
});

/**
 * The lead payload (SPEC 5) as a strict zod/mini schema: unknown keys are rejected at every level,
 * with the path of the object that carried them. The server validates every POST with it.
 *
 * @example leadSchema.safeParse(JSON.parse(body)).success
 */
export const leadSchema = z.strictObject({
  schema: z.literal("lead-qualifier/lead@1"),
  leadId: z.uuid(),
  formId: z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(100)),
  channel: z.enum(CHANNELS),
  productLine: z.nullable(text(100)),
  campaign: z.nullable(campaign),
  submittedAt: datetime,
  visitorId: z.nullable(text(200)),
  profileComplete: z.boolean(),
  answers: z.record(text(LEAD_LIMITS.answerKey), answerValue).check(maxKeys(LEAD_LIMITS.answers)),
  score: z.strictObject({
    total: finite,
    dimensions,
    tier: z.enum(TIERS),
    reasons: z.array(text(500)).check(z.maxLength(LEAD_LIMITS.reasons)),
  }),
  priority: z.enum(["immediate", "scheduled", "normal", "low"]),
  respondBy: z.nullable(datetime),
  context: z.strictObject({
    pageUrl: text(LEAD_LIMITS.url),
    referrer: text(LEAD_LIMITS.url),
    locale: text(35),
    utm: stringRecord,
    params: stringRecord,
    startedAt: datetime,
    durationMs: finite.check(z.nonnegative()),
    visit: z.int().check(z.nonnegative()),
    suspectedBot: z.optional(z.boolean()),
    partial: z.optional(z.boolean()),
  }),
  consent: z.nullable(z.strictObject({ given: z.boolean(), text: text(), at: datetime })),
  supersedes: z.optional(z.nullable(z.uuid())),
  previousTier: z.optional(z.nullable(z.enum(TIERS))),
  badge: z.optional(badge),
  staff: z.optional(staff),
  capturedBy: z.optional(z.nullable(text(80))),
  deviceId: z.optional(z.nullable(text(100))),
});

// Compile-time guarantee that the schema and the hand-written `Lead` type never drift apart.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const leadSchemaMatchesLead: Equals<z.infer<typeof leadSchema>, Lead> = true;
void leadSchemaMatchesLead;
