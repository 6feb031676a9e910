import type { BodyRead } from "./lead-receiver";

/**
 * Reads a Web request body, counting the bytes actually streamed (a `Content-Length` over the limit
 * is refused at once, but a smaller one is never trusted) and cancelling the stream as soon as it
 * exceeds `maxBytes` or has not ended within `timeoutMs`, so an oversized, endless or stalled body
 * costs at most `maxBytes` of memory and `timeoutMs` of time.
 *
 * @example
 * const body = await readWebBody(request, 32 * 1024, 10_000);
 * if (!body.ok && body.reason === "timeout") return 408;
 */
export async function readWebBody(request: Request, maxBytes: number, timeoutMs: number): Promise<BodyRead> {
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  let timedOut = false;
  // Cancelling resolves a pending read() with done, so a stalled sender cannot hold the loop below.
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => {});
  }, timeoutMs);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return { ok: false, reason: "timeout" };
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: timedOut ? "timeout" : "incomplete" };
  } finally {
    clearTimeout(timer);
  }
  return { ok: true, bytes: concat(chunks, size) };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
