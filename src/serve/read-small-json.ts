/**
 * A small JSON object body (a login, a claim, a note), reading at most `maxBytes` from the stream: a
 * larger, non-JSON or non-object body gives null, so one oversized request cannot fill the memory.
 *
 * @example const body = await readSmallJson(request); if (!body) return badRequest();
 */
export async function readSmallJson(request: Request, maxBytes = 8192): Promise<Record<string, unknown> | null> {
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(concat(chunks, size)));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
