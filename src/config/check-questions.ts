import type { Preset } from "./bant-preset";
import { PRODUCT_LINE_QUESTION_ID } from "./defaults";
import { isObject, join, listAt, numberAt, objectAt, textAt, type RawObject } from "./raw-view";
import type { ConfigIssue } from "./types";

/** What the reference checks need to know about a question, wherever it was declared. */
export interface KnownQuestion {
  type: string | undefined;
  /** Option values of a choice question (or product-line keys for the built-in picker). */
  options: string[] | undefined;
  /** Where it was declared, for "duplicate id" messages. */
  where: string;
  /** number: the allowed bounds. */
  min?: number | undefined;
  max?: number | undefined;
  /** The product line whose question it is; undefined for a core (or preset) question. */
  line?: string | undefined;
}

/** A question as found in the raw config, with the path of its object. */
export interface FoundQuestion {
  question: RawObject;
  path: string;
  /** The product line it belongs to; undefined for a core question. */
  line?: string;
}

const CHOICE_TYPES = new Set(["single", "multi", "select"]);

/**
 * Every question of the raw config (core, then each product line) with its path, and the
 * catalogue of ids the conditions may refer to: the preset's, the config's, and the built-in
 * `productLine` picker.
 */
export function findQuestions(raw: RawObject, preset: Preset | undefined): { found: FoundQuestion[]; known: Map<string, KnownQuestion> } {
  const found: FoundQuestion[] = [];
  listAt(raw.questions).forEach((question, index) => {
    if (isObject(question)) found.push({ question, path: join("questions", index) });
  });
  const lines = objectAt(raw.productLines);
  for (const [key, line] of Object.entries(lines)) {
    listAt(objectAt(line).questions).forEach((question, index) => {
      if (isObject(question)) found.push({ question, path: join(join(join("productLines", key), "questions"), index), line: key });
    });
  }
  const known = new Map<string, KnownQuestion>();
  for (const question of preset?.questions ?? []) {
    known.set(question.id, {
      type: question.type, options: question.options?.map((option) => option.value), where: "the preset", min: question.min, max: question.max,
    });
  }
  for (const { question, path, line } of found) {
    const id = textAt(question.id);
    if (id === undefined) continue;
    const options = Array.isArray(question.options) ? question.options.map((option) => textAt(objectAt(option).value) ?? "") : undefined;
    const entry = { type: textAt(question.type), options, where: join(path, "id"), min: numberAt(question.min), max: numberAt(question.max), line };
    // The first declaration wins; later ones are duplicates (reported by checkQuestionIds).
    if (!known.has(id) || known.get(id)?.where === "the preset") known.set(id, entry);
  }
  known.set(PRODUCT_LINE_QUESTION_ID, { type: "single", options: Object.keys(lines), where: "the built-in product line question" });
  if (raw.consent !== undefined && !known.has("consent")) known.set("consent", { type: "consent", options: undefined, where: "consent" });
  return { found, known };
}

/**
 * Question ids must be unique across the core questions, every product line and the preset
 * (a core question with a preset id is an override, not a duplicate), since answers, profile
 * entries and URL prefill are keyed by id alone.
 */
export function checkQuestionIds(found: FoundQuestion[], preset: Preset | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Map<string, string>();
  const presetIds = new Set(preset?.questions.map((question) => question.id));
  for (const { question, path } of found) {
    const id = textAt(question.id);
    if (id === undefined) continue;
    const idPath = join(path, "id");
    if (id === PRODUCT_LINE_QUESTION_ID) {
      issues.push({ path: idPath, message: `"${id}" is reserved for the built-in product line question` });
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path: idPath, message: `duplicate id "${id}" (also ${first})` });
    else if (presetIds.has(id) && path.startsWith("productLines")) {
      issues.push({ path: idPath, message: `duplicate id "${id}" (also a core question of the preset)` });
    } else seen.set(id, idPath);
  }
  return issues;
}

/** The per-question rules a shape-only schema cannot express. */
export function checkQuestionFields({ question, path }: FoundQuestion): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const type = textAt(question.type);
  const issue = (key: string, message: string) => issues.push({ path: join(path, key), message });
  if (type !== undefined && CHOICE_TYPES.has(type)) {
    if (question.options === undefined) issue("options", `required for ${type} questions`);
    else if (Array.isArray(question.options) && question.options.length === 0) issue("options", "must have at least one option");
  } else if (type !== undefined && question.options !== undefined) {
    issue("options", "only for single, multi and select questions");
  }
  if (type !== undefined && type !== "number" && question.ranges !== undefined) issue("ranges", "only for number questions");
  if (type !== undefined && type !== "email" && question.reject !== undefined) issue("reject", "only for email questions");
  const min = numberAt(question.min);
  const max = numberAt(question.max);
  if (min !== undefined && max !== undefined && min > max) issue("max", `must not be below min (${min})`);

  const values = new Set<string>();
  listAt(question.options).forEach((option, index) => {
    const value = textAt(objectAt(option).value);
    if (value === undefined) return;
    if (values.has(value)) issues.push({ path: join(join(join(path, "options"), index), "value"), message: `duplicate value "${value}"` });
    values.add(value);
  });
  listAt(question.ranges).forEach((range, index) => {
    const low = numberAt(objectAt(range).min);
    const high = numberAt(objectAt(range).max);
    if (low !== undefined && high !== undefined && low >= high) {
      issues.push({ path: join(join(join(path, "ranges"), index), "max"), message: `must be greater than min (${low})` });
    }
  });
  return issues;
}
