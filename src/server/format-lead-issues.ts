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

const MAX_KEY_LENGTH = 64;

/**
 * Formats a path in the project's notation: `a.b[0].c`.
 *
 * @example
 * formatPath(["answers", "need", 0]); // "answers.need[0]"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += (out === "" ? "" : ".") + String(part).slice(0, MAX_KEY_LENGTH);
  }
  return out;
}

/**
 * Turns zod issues into `{ path, message }` without ever echoing a submitted value: messages are built
 * from the schema (expected types, formats, limits, allowed literals), never from the input. `input` (the
 * parsed body) is only consulted to tell "required" (absent) from "wrong type".
 *
 * @example
 * formatLeadIssues(leadSchema.safeParse(body).error.issues, body);
 * // [{ path: "score.total", message: "expected number" }, { path: "extra", message: "unknown key" }]
 */
export function formatLeadIssues(issues: readonly IssueLike[], input: unknown): LeadIssue[] {
  const out: LeadIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) out.push({ path: formatPath([...issue.path, key]), message: "unknown key" });
      continue;
    }
    out.push({ path: formatPath(issue.path), message: messageFor(issue, input) });
  }
  return out;
}

function messageFor(issue: IssueLike, input: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined ? "required" : `expected ${issue.expected ?? "another type"}`;
    case "invalid_format":
      return issue.format === "regex" ? "invalid format" : `expected a valid ${issue.format ?? "value"}`;
    case "invalid_value":
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" | ")}`;
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
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
