import type { core } from "zod/mini";
import { closestMatch } from "./closest-match";
import { DIMENSIONS, GATED_TIERS, TIERS, type ConfigIssue } from "./types";

type Issue = core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

// zod/mini ships no locale, so every message it did not get from our schema is this text.
const GENERIC = "Invalid input";

/**
 * Formats a path the way people read it: dots for keys, `[n]` for indexes, no quoting
 * (`outcomes.sales-ready.title`, `questions[2].options[0].value`); the root is `""`.
 *
 * @example formatPath(["questions", 2, "options", 0, "value"]) // "questions[2].options[0].value"
 */
export function formatPath(path: Path): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * Turns zod issues into `{ path, message }` with short, specific messages, one per problem:
 * unknown keys are split into one issue each (with a "did you mean" when a known key is close),
 * and a failed union reports the branch that fits the input best.
 *
 * @example formatIssues(result.error.issues, knownKeysAt) // [{ path: "questions[0].type", message: "expected one of single, ..." }]
 */
export function formatIssues(issues: ReadonlyArray<Issue>, knownKeysAt: (path: Path) => string[]): ConfigIssue[] {
  return issues.flatMap((issue) => formatIssue(issue, [], knownKeysAt));
}

function formatIssue(issue: Issue, prefix: Path, knownKeysAt: (path: Path) => string[]): ConfigIssue[] {
  const path = [...prefix, ...issue.path];
  const custom = issue.message !== GENERIC ? issue.message : undefined;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: unknownKeyMessage(path, key, knownKeysAt) }));
    case "invalid_union": {
      const best = bestBranch(issue.errors);
      if (best === undefined) return [{ path: formatPath(path), message: custom ?? "does not match any allowed form" }];
      return best.flatMap((inner) => formatIssue(inner, path, knownKeysAt));
    }
    case "invalid_key": {
      const inner = issue.issues[0];
      const message = inner && inner.message !== GENERIC ? inner.message : "invalid key";
      return [{ path: formatPath(path), message }];
    }
    case "invalid_element":
      return issue.issues.flatMap((inner) => formatIssue(inner, path, knownKeysAt));
    default:
      return [{ path: formatPath(path), message: isMissing(issue) ? "required" : (custom ?? defaultMessage(issue)) }];
  }
}

// A missing key arrives as a type/value issue whose input is undefined (we parse with reportInput).
function isMissing(issue: Issue): boolean {
  return (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
}

function defaultMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "never") return "not allowed here";
      return `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map(String).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "must not be empty" : `must be at least ${issue.minimum} characters`;
      if (issue.origin === "array") return `must have at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `must have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case "invalid_format":
      return `invalid ${issue.format}`;
    default:
      return "invalid value";
  }
}

function article(expected: string): string {
  if (expected === "int") return "an integer";
  if (expected === "record") return "an object";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/**
 * Picks the union branch that fits best: fewest issues at the branch's own level (a wrong
 * type or unknown key there means "not this branch"), then fewest issues overall, `never`
 * keys counting as a strong mismatch. A tie means the input is far from every branch:
 * `undefined`, and the union's own message is used.
 */
function bestBranch(branches: ReadonlyArray<ReadonlyArray<Issue>>): ReadonlyArray<Issue> | undefined {
  const costs = branches.map((branch) =>
    branch.reduce((sum, issue) => {
      if (issue.code === "invalid_type" && issue.expected === "never") return sum + 10;
      return sum + (issue.path.length === 0 ? 100 : 1);
    }, 0),
  );
  const lowest = Math.min(...costs);
  const winners = costs.filter((cost) => cost === lowest);
  if (winners.length !== 1) return undefined;
  return branches[costs.indexOf(lowest)];
}

function unknownKeyMessage(path: Path, key: string, knownKeysAt: (path: Path) => string[]): string {
  const last = path[path.length - 1];
  if (last === "score" || (last === "max" && path[path.length - 2] === "scoring")) {
    return `unknown dimension (expected ${DIMENSIONS.join(", ")})`;
  }
  if (path.length === 1 && last === "outcomes") return `unknown tier (expected ${TIERS.join(", ")})`;
  if (path.length === 2 && last === "gates" && path[0] === "scoring") {
    return `unknown tier (expected ${GATED_TIERS.join(", ")}; nothing is below disqualified)`;
  }
  const close = closestMatch(key, knownKeysAt(path));
  return close === undefined ? "unknown key" : `unknown key (did you mean ${close}?)`;
}
