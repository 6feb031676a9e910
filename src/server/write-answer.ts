import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Writes a whole answer with one `res.end` (status line, headers and body leave together). When the
 * request body was not read to its end (refused early, too large, too slow), the answer says
 * `Connection: close` and the socket is closed shortly after, instead of draining a body that may be
 * endless or stalled.
 *
 * @example
 * writeAnswer(req, res, 202, { "Content-Type": "application/json" }, '{"leadId":"…"}');
 */
export function writeAnswer(
  req: IncomingMessage, res: ServerResponse, status: number,
  headers: Readonly<Record<string, string>> | readonly string[], body: string | Uint8Array | null,
): void {
  const unread = !req.complete;
  const length = body === null ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  // A flat [name, value, …] list (a repeated name such as Set-Cookie stays repeated), cached per (shared,
  // frozen) header object: cheaper for node than an object per answer.
  const list = [...(isFlat(headers) ? headers : flatHeaders(headers))];
  if (status !== 204) list.push("Content-Length", String(length));
  if (unread) list.push("Connection", "close");
  res.writeHead(status, list);
  res.end(body ?? undefined);
  if (unread) res.once("finish", () => setTimeout(() => req.socket.destroy(), 100).unref());
}

function isFlat(headers: Readonly<Record<string, string>> | readonly string[]): headers is readonly string[] {
  return Array.isArray(headers);
}

const flatCache = new WeakMap<object, readonly string[]>();

function flatHeaders(headers: Readonly<Record<string, string>>): readonly string[] {
  let list = flatCache.get(headers);
  if (!list) {
    list = Object.entries(headers).flat();
    if (Object.isFrozen(headers)) flatCache.set(headers, list);
  }
  return list;
}
