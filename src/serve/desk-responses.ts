/** Headers on every desk API answer: never cached by a proxy or the browser, never sniffed. */
export const API_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
} as const;

/** The desk API's stable error codes (the UI maps them to words). */
export type DeskErrorCode =
  | "unauthorized" | "csrf" | "forbidden_origin" | "unsupported_media_type" | "invalid_request" | "not_found"
  | "wrong_credentials" | "rate_limited" | "https_required" | "already_claimed" | "not_hot" | "method_not_allowed" | "wrong_status";

/**
 * A JSON answer of the desk API.
 *
 * @example json(200, { user: "ana" })
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...API_HEADERS, ...headers } });
}

/**
 * An error answer: `{ error, message }`, where the message is fixed text and never echoes input.
 *
 * @example deskError(401, "unauthorized", "Sign in first.")
 */
export function deskError(status: number, error: DeskErrorCode, message: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): Response {
  return json(status, { error, message, ...extra }, headers);
}
