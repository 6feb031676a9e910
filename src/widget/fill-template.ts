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
    if (!Object.prototype.hasOwnProperty.call(answers, id)) return "";
    const value = answers[id];
    if (value === undefined) return "";
    return encodeURIComponent(wellFormed(Array.isArray(value) ? value.join(",") : String(value)));
  });
}

// encodeURIComponent throws on a lone surrogate (URIError); a pasted half-emoji must not
// take the outcome screen down, so it becomes U+FFFD like the browser would show it.
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
