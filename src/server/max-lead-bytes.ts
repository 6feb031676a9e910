import { MAX_ATTRIBUTION_VALUE_LENGTH, UTM_KEYS } from "../config/attribution-vocabulary";
import type { Config, Question } from "../config/types";
import { configQuestions } from "../qualify/config-questions";
import { LEAD_LIMITS } from "../qualify/lead-schema";
import { DEFAULT_MAX_LENGTH } from "../qualify/validate-answer";

/** JSON.stringify writes one UTF-16 unit as at most 6 bytes (a control character or lone surrogate as `\u0001`). */
const BYTES_PER_CHAR = 6;
/** Field names, punctuation, leadId/supersedes, four timestamps, eight numbers, flags, enums, visitorId (200) and locale (35). */
const ENVELOPE = 4096;
/** `pageUrl` and `referrer` are serialized URLs: ASCII, at most a `\\` escape per character, 4096 each (schema). */
const URLS = 2 * LEAD_LIMITS.url * 2;
/** Built-in reasons ("Score reached the sales-ready threshold", gate reasons) besides the config's own. */
const BUILT_IN_REASONS = 2048;
/** The longest email `classifyEmail` accepts. */
const EMAIL = 254;
/** "-1.7976931348623157e+308" */
const NUMBER = 24;

/**
 * The largest JSON body, in bytes, of a lead the widget can build from this config and the schema
 * accepts: every free-text answer at its length limit in characters that take the most bytes in
 * JSON, every multi option picked, every utm key and hidden param at 256 characters, the longest
 * config text as the consent text and every reason of the scoring section at once. An upper bound,
 * so a server whose body limit is at least this never refuses a valid lead with 413.
 *
 * @example
 * maxLeadBytes(config); // e.g. 64_981 for a form with one textarea
 */
export function maxLeadBytes(config: Config): number {
  const answers = configQuestions(config).reduce((sum, q) => sum + q.id.length + 4 + answerBytes(q), 2);
  const attribution = (UTM_KEYS.length + config.hiddenFields.params.length) * (MAX_ATTRIBUTION_VALUE_LENGTH * BYTES_PER_CHAR + 40)
    + config.hiddenFields.params.reduce((sum, name) => sum + name.length * BYTES_PER_CHAR, 0);
  const campaign = config.campaign ? (config.campaign.type.length + config.campaign.name.length) * BYTES_PER_CHAR : 0;
  const productLine = Math.max(0, ...Object.keys(config.productLines).map((key) => key.length)) * BYTES_PER_CHAR;
  const consent = Math.min(longestString(config), LEAD_LIMITS.text) * BYTES_PER_CHAR;
  const reasons = stringLengths(config.scoring).reduce((sum, n) => sum + n * BYTES_PER_CHAR + 3, BUILT_IN_REASONS);
  return ENVELOPE + URLS + answers + attribution + campaign + productLine + consent + reasons;
}

function answerBytes(question: Question): number {
  const options = question.options ?? [];
  const quoted = (chars: number) => chars * BYTES_PER_CHAR + 2;
  switch (question.type) {
    case "single":
    case "select":
      return Math.max(0, ...options.map((o) => quoted(o.value.length)));
    case "multi":
      return options.reduce((sum, o) => sum + quoted(o.value.length) + 1, 2);
    case "number":
      return NUMBER;
    case "date":
      return quoted(10);
    case "consent":
      return 5;
    case "email":
      return quoted(EMAIL);
    case "text":
    case "textarea": {
      // A text answer may also be a list of strings whose ", "-joined text is within the limit: 14 bytes more at most.
      const limit = Math.min(question.maxLength ?? DEFAULT_MAX_LENGTH[question.type], LEAD_LIMITS.text);
      return quoted(limit) + 14;
    }
    default:
      // phone: digits and any number of separators, so only the schema's text limit bounds it.
      return quoted(LEAD_LIMITS.text);
  }
}

function longestString(value: unknown): number {
  return Math.max(0, ...stringLengths(value));
}

/** The length of every string in a JSON-like value (keys excluded). */
function stringLengths(value: unknown): number[] {
  if (typeof value === "string") return [value.length];
  if (Array.isArray(value)) return value.flatMap(stringLengths);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringLengths);
  return [];
}
