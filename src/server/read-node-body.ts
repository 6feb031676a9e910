import type { IncomingMessage } from "node:http";
import type { Deadlines } from "./create-deadlines";
import type { BodyRead } from "./lead-receiver";

const EMPTY = new Uint8Array(0);

/**
 * Reads a `node:http` request body into one Buffer, counting the bytes actually received (a
 * `Content-Length` over the limit is refused at once, a smaller one is never trusted), and stops
 * reading as soon as the body exceeds `maxBytes` or has not ended within `timeoutMs`. The caller then
 * answers with `Connection: close`, so the rest of the body is never read. The time limit is kept by
 * `deadlines` (one timer for all of a listener's reads, see `createDeadlines`).
 *
 * @example
 * const body = await readNodeBody(req, headers.contentLength, 32 * 1024, 10_000, createDeadlines());
 */
export function readNodeBody(req: IncomingMessage, contentLength: string | undefined, maxBytes: number, timeoutMs: number, deadlines: Deadlines): Promise<BodyRead> {
  if (Number(contentLength ?? 0) > maxBytes) return Promise.resolve({ ok: false, reason: "too_large" });
  // Already consumed (e.g. a body parser ran first): there is nothing left to read.
  if (req.readableEnded) return Promise.resolve({ ok: true, bytes: EMPTY });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      cancel();
      req.off("data", onData).off("end", onEnd).off("error", onAbort).off("close", onAbort);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ ok: false, reason: "too_large" });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size) });
    const onAbort = () => finish({ ok: false, reason: "incomplete" });
    const cancel = deadlines.watch(timeoutMs, () => finish({ ok: false, reason: "timeout" }));
    req.on("data", onData).on("end", onEnd).on("error", onAbort).on("close", onAbort);
  });
}
