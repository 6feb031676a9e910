import type { Answers } from "../config/types";

// The standard question ids a name can live under; the first answered one wins.
const NAME_IDS = ["name", "fullName", "firstName"] as const;
const MAX_LENGTH = 60;

/**
 * Who a returning visitor is remembered as, for "Welcome back, <name>" and its "Not you?"
 * control: the name answer, else the email answer, else `null`. Trimmed and capped so a long
 * value cannot break the layout.
 *
 * @example displayName({ email: "ana@acme.io", name: " Ana " }) // "Ana"
 */
export function displayName(answers: Answers): string | null {
  for (const id of [...NAME_IDS, "email"]) {
    const value = answers[id];
    if (typeof value === "string" && value.trim() !== "") return value.trim().slice(0, MAX_LENGTH);
  }
  return null;
}
