/**
 * Tolerant readers for not-yet-validated input. The semantic checks run on the raw config,
 * even when the schema found problems elsewhere, so that every issue is reported at once;
 * these helpers let them skip whatever is malformed (the schema reports that) without throwing.
 */
export type RawObject = Record<string, unknown>;

export function isObject(value: unknown): value is RawObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown): RawObject {
  return isObject(value) ? value : {};
}

export function listAt(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function textAt(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function numberAt(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Appends a key or index to a formatted path (same notation as `formatPath`). */
export function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}
