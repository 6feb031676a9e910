import { readLimitedBody } from "../server/read-limited-body";

/**
 * A small JSON object body (a login, a claim, a note), reading at most `maxBytes` of the stream (the
 * lead handler's own reader): a larger, non-JSON or non-object body gives null, so one oversized request
 * cannot fill the memory.
 *
 * @example const body = await readSmallJson(request); if (!body) return badRequest();
 */
export async function readSmallJson(request: Request, maxBytes = 8192): Promise<Record<string, unknown> | null> {
  const body = await readLimitedBody(request, maxBytes);
  if (!body.ok) return null;
  try {
    const value: unknown = JSON.parse(body.text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
