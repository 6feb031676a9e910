import type { AttemptResult } from "./decide-outcome";
import type { OutgoingRequest } from "./destination-types";

/** What is kept of an answer's body: enough for an error message, never a whole page. */
const MAX_TEXT = 2048;

/**
 * Sends one built request and reports what came back, never throwing: an answer (status, Retry-After, the
 * start of its body), a timeout (no answer, or no whole body, within `timeoutMs`), or a network error
 * (refused, reset, DNS). Redirects are not followed: a moved endpoint is a configuration problem to see,
 * not a reason to POST a lead to wherever a 3xx points.
 *
 * @example await sendRequest(fetch, request, 10_000) // { kind: "response", status: 200, retryAfter: null, text: "ok" }
 */
export async function sendRequest(fetchFn: typeof fetch, request: OutgoingRequest, timeoutMs: number): Promise<AttemptResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      redirect: "manual",
    });
    const text = (await response.text()).slice(0, MAX_TEXT);
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("Location") : null;
    return { kind: "response", status: response.status, retryAfter: response.headers.get("Retry-After"), text: location ? `redirected to ${location}: point the destination at the new URL` : text };
  } catch (error) {
    if (controller.signal.aborted) return { kind: "timeout", message: `no answer within ${Math.round(timeoutMs / 100) / 10} s` };
    return { kind: "network", message: networkMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}

function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}
