import type { Answers } from "../config/types";

/**
 * The key a person's leads are grouped on: the email answer trimmed and lower-cased, or null when
 * there is none. The desk groups contacts by it and the store indexes it, so the two always agree.
 *
 * @example contactEmail({ email: " Ana@Acme.io " }) // "ana@acme.io"
 */
export function contactEmail(answers: Answers): string | null {
  const email = answers["email"];
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : null;
}
