import "./zod-setup";
import * as z from "zod/mini";
import { conditionSchema } from "./condition-schema";
import { configSchema } from "./config-schema";
import { localizedTextSchema, questionSchema, scoreMapSchema } from "./question-schema";

// Editor hover texts for the top-level fields; the names of the shared definitions.
const DESCRIPTIONS: Record<string, string> = {
  $schema: "The JSON Schema this file follows (editors use it; ignored by lead-qualifier).",
  id: "Form id, copied to every lead as formId: lowercase letters, digits and -.",
  endpoint: "Where leads are POSTed: https, http only for localhost, or a same-origin path like /leads.",
  preset: "Start from the built-in standard questions; own questions with the same id replace the preset's.",
  mode: "inline (in the page), popup (launcher button + dialog) or kiosk (full-screen tablet).",
  channel: "Where the lead came from; default landing-page, or kiosk in kiosk mode.",
  productLine: "Fix the product line instead of letting the visitor pick one.",
  campaign: "Copied to every lead, e.g. a trade show.",
  locale: "UI and label language, e.g. en or de-AT.",
  questions: "Core questions, asked in order on every product's form.",
  productLines: "Product-specific questions, asked after the core questions.",
  flow: "Step layout, progressive profiling limits, partial leads and the call-me-now offer.",
  scoring: "Dimension maxima, rules, tier thresholds, and gates: what a tier reached by points also requires.",
  outcomes: "What the visitor sees after submitting, per tier.",
  hiddenFields: "Page context captured with the lead (utm_* and named URL parameters).",
  consent: "Consent checkbox wording, whether it is required, and the privacy policy link.",
  profile: "Remember answers on the visitor's device (never in kiosk mode).",
  kiosk: "Trade-show tablet: timings, the staff panel PIN (4-8 digits), the giveaway, and the attract screen (headline, text, logo, image, brandColor).",
  theme: "Accent color, corner radius and font.",
  launcher: "Popup mode: the launcher button's label.",
  delivery: "Request timeout per delivery attempt.",
  examples: "Answer sets with their expected tier, checked by `npx lead-qualifier check`; answers are validated like a visitor's.",
};

function metadata(): z.core.$ZodRegistry<{ id?: string; description?: string }> {
  const registry = z.registry<{ id?: string; description?: string }>();
  registry.add(conditionSchema, { id: "Condition", description: "A condition of showIf or a scoring rule." });
  registry.add(questionSchema, { id: "Question" });
  registry.add(localizedTextSchema, { id: "LocalizedText", description: 'A string, or one per locale: {"en": "...", "de": "..."}.' });
  registry.add(scoreMapSchema, { id: "ScoreMap", description: "Points per dimension." });
  for (const [key, schema] of Object.entries(configSchema.shape)) {
    const description = DESCRIPTIONS[key];
    if (description !== undefined) registry.add(schema, { description });
  }
  return registry;
}

/** Where the build publishes the schema; configs can point `$schema` at it. */
export const CONFIG_JSON_SCHEMA_ID = "https://unpkg.com/lead-qualifier/dist/lead-qualifier.config.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a lead-qualifier config, generated from `configSchema`
 * so editors can autocomplete and check a config while it is typed. It describes the input a
 * person writes (fields with defaults are optional). Written by the build to
 * `dist/lead-qualifier.config.schema.json`. Semantic rules (duplicate ids, unknown references,
 * https endpoints) are not expressible here: `npx lead-qualifier check` applies them.
 *
 * @example writeFileSync("config.schema.json", JSON.stringify(configJsonSchema(), null, 2))
 */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, {
    target: "draft-2020-12",
    io: "input",
    // A private registry, not zod's global one: importing this module must change nothing.
    metadata: metadata(),
    // Refinements (URL rules, "needs one of gte...") have no JSON Schema form; the shape still does.
    unrepresentable: "any",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? "https://json-schema.org/draft/2020-12/schema",
    $id: CONFIG_JSON_SCHEMA_ID,
    title: "lead-qualifier config",
    description:
      "A lead-qualifier form: core questions (or the built-in BANT preset), product lines, scoring rules, outcomes and delivery endpoint.",
    ...rest,
  };
}
