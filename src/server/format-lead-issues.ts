import { LEAD_LIMITS } from "../qualify/lead-schema";

/** One validation problem as the handler reports it: a path like `answers.role` or `score.dimensions.fit`, and a message. */
export interface LeadIssue {
  path: string;
  message: string;
}

/** The parts of a zod issue this module reads (kept structural so the server does not depend on zod's types). */
interface IssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  format?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: unknown[];
  keys?: string[];
}

/** Stands for a key that is not repeated because it is not one the server knows (it was typed by the sender). */
export const UNNAMED_KEY = "*";
/** A hostile body can carry thousands of problems; the first ones are enough to fix a client. */
export const MAX_ISSUES = 50;

/**
 * Formats a path in the project's notation, `a.b[0].c`, naming only keys in `known`: any other key was
 * chosen by the sender (an answer id, a utm key, a stray property) and is written as `*`, so a path
 * never carries submitted text.
 *
 * @example
 * formatPath(["answers", "need", 0], new Set(["answers", "need"])); // "answers.need[0]"
 * formatPath(["answers", "<img src=x>"], new Set(["answers"]));      // "answers.*"
 */
export function formatPath(path: readonly PropertyKey[], known: ReadonlySet<string>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += (out === "" ? "" : ".") + (typeof part === "string" && known.has(part) ? part : UNNAMED_KEY);
  }
  return out;
}

/**
 * Turns zod issues into `{ path, message }` without ever echoing submitted text: messages are built
 * from the schema (expected types, formats, limits, allowed literals), paths name only keys in
 * `known` (schema fields, the forms' question ids), and an unknown key is reported at the object
 * that carried it (`context: unknown key`), never by its name. `input` (the parsed body) is only
 * consulted to tell "required" (absent) from "wrong type". Identical issues are merged and at most
 * MAX_ISSUES are returned.
 *
 * @example
 * formatLeadIssues(leadSchema.safeParse(body).error.issues, body, vocabulary);
 * // [{ path: "score.total", message: "expected number" }, { path: "", message: "unknown key" }]
 */
export function formatLeadIssues(issues: readonly IssueLike[], input: unknown, known: ReadonlySet<string>): LeadIssue[] {
  const out = new Map<string, LeadIssue>();
  const add = (issue: LeadIssue) => out.size < MAX_ISSUES && out.set(`${issue.path}\n${issue.message}`, issue);
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") add({ path: formatPath(issue.path, known), message: "unknown key" });
    else add({ path: formatPath(issue.path, known), message: messageFor(issue, input) });
  }
  return [...out.values()];
}

function messageFor(issue: IssueLike, input: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined ? "required" : `expected ${issue.expected ?? "another type"}`;
    case "invalid_format":
      return issue.format === "regex" ? "invalid format" : `expected a valid ${issue.format ?? "value"}`;
    case "invalid_value":
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" | ")}`;
    case "invalid_key":
      return `invalid key (at most ${LEAD_LIMITS.answerKey} characters)`;
    case "too_big":
      return issue.origin === "string" ? `at most ${issue.maximum} characters` : issue.origin === "array" ? `at most ${issue.maximum} items` : `at most ${issue.maximum}`;
    case "too_small":
      return issue.origin === "string" ? `at least ${issue.minimum} characters` : issue.origin === "array" ? `at least ${issue.minimum} items` : `at least ${issue.minimum}`;
    case "invalid_union":
      return "expected a string, number, boolean or list of strings";
    case "custom":
      // Custom messages are written in the schema (e.g. "must be a finite number"), never from input.
      return issue.message && issue.message !== "Invalid input" ? issue.message : "invalid";
    default:
      return "invalid";
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
