import { readWebBody } from "../server/read-web-body";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A small JSON object body (a login, a claim, a note), reading at most `maxBytes` of the stream within
 * `timeoutMs` (the lead handler's own reader): a larger, slower, non-JSON or non-object body gives null,
 * so one oversized or stalled request cannot fill the memory or hold the request.
 *
 * @example const body = await readSmallJson(request); if (!body) return badRequest();
 */
export async function readSmallJson(request: Request, maxBytes = 8192, timeoutMs = 10_000): Promise<Record<string, unknown> | null> {
  const body = await readWebBody(request, maxBytes, timeoutMs);
  if (!body.ok) return null;
  try {
    const value: unknown = JSON.parse(utf8.decode(body.bytes));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
