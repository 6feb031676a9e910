import type { Answers } from "../config/types";

/**
 * Fills `{questionId}` placeholders in an outcome CTA url with the visitor's answers, each
 * URL-encoded so an answer can never break out of its query parameter (or change the host).
 * Unknown or unanswered placeholders become empty strings: a half-filled booking link still
 * works, a literal `{email}` in it would not. Multi answers are joined with commas.
 *
 * @example fillTemplate("https://cal.example.com/?email={email}", { email: "a+b@x.io" })
 * // "https://cal.example.com/?email=a%2Bb%40x.io"
 */
export function fillTemplate(url: string, answers: Answers): string {
  return url.replace(/\{([A-Za-z0-9_-]+)\}/g, (_whole, id: string) => {
    if (!Object.hasOwn(answers, id)) return "";
    const value = answers[id];
    if (value === undefined) return "";
    return encodeURIComponent(Array.isArray(value) ? value.join(",") : String(value));
  });
}
