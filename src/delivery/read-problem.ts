import { isObject } from "../config/raw-view";

/** What the widget keeps of an endpoint's `application/problem+json` answer (SPEC 8). */
export interface Problem {
  error?: string;
  title?: string;
  detail?: string;
  issues?: Array<{ path: string; message: string }>;
}

/** Enough for any problem body our handler writes; a bigger body is not a problem document. */
const MAX_BYTES = 16 * 1024;

/**
 * Reads a non-2xx response's problem+json (or JSON) body into a small, plain {@link Problem}; null for
 * other bodies, which are cancelled so the connection can be reused. Never throws. Only short strings
 * are kept, so whatever a server answers cannot flood the console or the `error` event.
 *
 * @example
 * const problem = await readProblem(response); // { error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] }
 */
export async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get("Content-Type") ?? "";
  if (!/json/i.test(type) || !response.body) {
    response.body?.cancel().catch(() => {});
    return null;
  }
  try {
    const text = await readCapped(response.body, MAX_BYTES);
    return text === null ? null : toProblem(JSON.parse(text));
  } catch {
    return null;
  }
}

async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<string | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function toProblem(value: unknown): Problem | null {
  if (!isObject(value)) return null;
  const short = (text: unknown) => (typeof text === "string" ? text.slice(0, 300) : undefined);
  const problem: Problem = {};
  for (const field of ["error", "title", "detail"] as const) {
    const text = short(value[field]);
    if (text !== undefined) problem[field] = text;
  }
  if (Array.isArray(value.issues)) {
    problem.issues = value.issues
      .filter(isObject)
      .slice(0, 20)
      .map((issue) => ({ path: short(issue.path) ?? "", message: short(issue.message) ?? "" }));
  }
  return Object.keys(problem).length > 0 ? problem : null;
}
