import "../config/zod-setup";
import * as z from "zod/mini";
import { TIERS } from "../config/types";
import { LEAD_FIELDS, type DestinationType } from "./destination-types";

/** Destination names travel in the database and the desk: keep them plain. */
export const DESTINATION_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const FORM_ID = /^[a-z0-9-]+$/;
/** Salesforce standard Web-to-Lead fields are snake_case; custom fields are 15- or 18-character ids starting 00N. */
const SALESFORCE_FIELD = /^(?:[a-z][a-z0-9_]*|00N[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)$/;

const nonEmpty = z.string().check(z.minLength(1, "must not be empty"));
const envRef = z.strictObject({ env: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name like SLACK_WEBHOOK_URL")) });
const urlOrEnv = z.union([nonEmpty, envRef]);
const int = (min: number, max: number) => z.int().check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));
const leadFields = z.partialRecord(z.enum(LEAD_FIELDS, { error: `expected one of ${LEAD_FIELDS.join(", ")}` }), nonEmpty);

const common = {
  when: z.optional(
    z.strictObject({
      forms: z.optional(z.array(z.string().check(z.regex(FORM_ID, "must be a form id ([a-z0-9-]+)")))),
      tiers: z.optional(z.array(z.enum(TIERS, { error: `expected one of ${TIERS.join(", ")}` }))),
    }),
  ),
  maxAttempts: z.optional(int(1, 100)),
  timeoutSeconds: z.optional(int(1, 120)),
  rateLimit: z.optional(z.strictObject({ limit: int(1, 100_000), windowSeconds: int(1, 86_400) })),
};

/** One strict schema per destination type, chosen by `type`, so every issue names the right keys. */
export const DESTINATION_SCHEMAS: Record<DestinationType, z.ZodMiniType> = {
  webhook: z.strictObject({ type: z.literal("webhook"), url: urlOrEnv, secret: envRef, ...common }),
  hubspot: z.strictObject({
    type: z.literal("hubspot"),
    portalId: z.string().check(z.regex(/^\d+$/, "must be the HubSpot account id (digits)")),
    formGuid: z.string().check(z.regex(/^[0-9a-fA-F-]{8,}$/, "must be the form's GUID")),
    url: z.optional(nonEmpty),
    fields: z.record(nonEmpty, nonEmpty),
    leadFields: z.optional(leadFields),
    hutkParam: z.optional(nonEmpty),
    communications: z.optional(z.array(z.strictObject({ subscriptionTypeId: z.int(), text: nonEmpty }))),
    ...common,
  }),
  salesforce: z.strictObject({
    type: z.literal("salesforce"),
    oid: z.string().check(z.regex(/^00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/, "must be the org id (00D…, 15 or 18 characters)")),
    url: z.optional(nonEmpty),
    fields: z.record(nonEmpty, z.string().check(z.regex(SALESFORCE_FIELD, "must be a Web-to-Lead field like email, last_name or a custom field id 00N…"))),
    leadFields: z.optional(z.partialRecord(z.enum(LEAD_FIELDS), z.string().check(z.regex(SALESFORCE_FIELD, "must be a Web-to-Lead field or a custom field id 00N…")))),
    static: z.optional(z.record(z.string().check(z.regex(SALESFORCE_FIELD, "must be a Web-to-Lead field")), z.string())),
    dailyCap: z.optional(int(1, 1_000_000)),
    ...common,
  }),
  slack: z.strictObject({ type: z.literal("slack"), url: urlOrEnv, ...common }),
  teams: z.strictObject({ type: z.literal("teams"), url: urlOrEnv, ...common }),
};

/** The file around the destinations; each destination is then checked with its own schema. */
export const destinationsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  destinations: z.record(z.string().check(z.regex(DESTINATION_NAME, "destination names are lower-case letters, digits and dashes")), z.unknown()),
  escalations: z.optional(
    z.array(
      z.strictObject({
        forms: z.optional(z.array(z.string().check(z.regex(FORM_ID, "must be a form id ([a-z0-9-]+)")))),
        to: nonEmpty,
      }),
    ),
  ),
});
