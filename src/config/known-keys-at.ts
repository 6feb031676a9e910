import type { core } from "zod/mini";
import { configSchema } from "./config-schema";

type AnyDef = { type: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; innerType?: unknown };

/**
 * The keys the config schema allows at a path (`[]` → top-level keys, `["questions", 0]` →
 * question keys), for "did you mean" hints. Walks zod's definitions; unions and unknown
 * places give `[]`.
 *
 * @example knownKeysAt(["flow"]) // ["questionsPerStep", "maxNewQuestionsPerVisit", ...]
 */
export function knownKeysAt(path: ReadonlyArray<PropertyKey>): string[] {
  return knownKeysIn(configSchema, path);
}

/**
 * The same walk over any zod schema (the forwarding destinations file uses it for its own hints).
 *
 * @example knownKeysIn(z.strictObject({ url: z.string() }), []) // ["url"]
 */
export function knownKeysIn(root: unknown, path: ReadonlyArray<PropertyKey>): string[] {
  let schema: unknown = root;
  for (const key of path) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (def === undefined) return [];
    if (def.type === "object" && typeof key === "string") schema = def.shape?.[key];
    else if (def.type === "array" && typeof key === "number") schema = def.element;
    else if (def.type === "record") schema = def.valueType;
    else return [];
  }
  const def = defOf(unwrap(schema));
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

function defOf(schema: unknown): AnyDef | undefined {
  return (schema as core.$ZodType | undefined)?._zod?.def as AnyDef | undefined;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let def = defOf(current); def && "innerType" in def && def.innerType !== undefined; def = defOf(current)) {
    current = def.innerType;
  }
  return current;
}
