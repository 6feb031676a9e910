import fc from "fast-check";
import { describe, expect, it } from "vitest";
import full from "../fixtures/full-config.json";
import { validateConfig } from "../../src/config/validate-config";

type Path = Array<string | number>;

/** Every node of a JSON value, as the path to reach it (the root included). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  }
  return paths;
}

function updateAt(root: unknown, path: Path, update: (node: unknown) => unknown): unknown {
  if (path.length === 0) return update(root);
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = update(parent[last]);
  return copy;
}

const PATHS = pathsOf(full);
const OBJECT_PATHS = PATHS.filter((path) => {
  const node = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], full);
  return node !== null && typeof node === "object" && !Array.isArray(node);
});
// Not valid anywhere in a config: every object there is strict, or keyed by locale/question/product-line
// names this key cannot be, and no field accepts an object whose value is `true`.
const BOGUS_KEY = "\u0000bogus";
const BOGUS = { [BOGUS_KEY]: true };

function expectRejected(input: unknown): void {
  const result = validateConfig(input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

describe("validateConfig on malformed input", () => {
  it("never throws and rejects arbitrary values", () => {
    fc.assert(fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), expectRejected), { numRuns: 1000 });
  });

  it("rejects the full config with any node replaced by a foreign object", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), (path) => expectRejected(updateAt(full, path, () => BOGUS))),
      { numRuns: 1000 },
    );
  });

  it("rejects the full config with a foreign key added to any object", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OBJECT_PATHS), (path) =>
        expectRejected(updateAt(full, path, (node) => ({ ...(node as object), [BOGUS_KEY]: true }))),
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws when any node of the full config is replaced by an arbitrary value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.anything(), (path, value) => {
        const result = validateConfig(updateAt(full, path, () => value));
        expect(result.ok ? result.config.id.length : result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("reports a config whose getters throw instead of throwing", () => {
    const hostile = { id: "a", get endpoint(): string { throw new Error("boom"); } };
    expectRejected(hostile);
  });

  it("reports a self-referencing condition instead of overflowing the stack into the page", () => {
    const condition: Record<string, unknown> = {};
    condition.not = condition;
    expectRejected({ id: "a", endpoint: "/leads", scoring: { rules: [{ if: condition, tier: "nurture", reason: "R" }] } });
  });
});
