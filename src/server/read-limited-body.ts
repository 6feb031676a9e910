/** The body as text, or why it could not be read. */
export type BodyResult = { ok: true; text: string } | { ok: false; reason: "too_large" | "invalid_utf8" };

/**
 * Reads a request body, counting the bytes actually streamed (never trusting Content-Length) and
 * cancelling the stream as soon as it exceeds `maxBytes`, so an oversized or endless body costs at most
 * `maxBytes` of memory. Invalid UTF-8 is reported rather than silently replaced.
 *
 * @example
 * const body = await readLimitedBody(request, 32 * 1024);
 * if (!body.ok && body.reason === "too_large") return problemResponse(413, "payload_too_large");
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<BodyResult> {
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "invalid_utf8" };
  }
}
