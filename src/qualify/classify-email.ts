import { DISPOSABLE_BRANDS, DISPOSABLE_DOMAINS } from "./disposable-domains";
import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from "./free-mail-domains";

export interface EmailClassification {
  /** Pragmatic syntax check: `local@domain.tld`, no spaces, at most 254 characters. */
  valid: boolean;
  /** Lower-cased part after the last `@` (trailing dot removed), or null when there is none. */
  domain: string | null;
  free: boolean;
  disposable: boolean;
}

// Deliberately loose: real validation is "a human reads the mail". This only catches typing
// slips (spaces, missing @ or TLD); RFC 5322 allows far more, but forms never see that in practice.
const EMAIL = /^[^\s@]{1,64}@(?:[^\s@.]+\.)+[^\s@.]{2,}$/u;
// A country or generic TLD after a brand: com, de, co.uk, com.br.
const BRAND_TLD = /^[a-z]{2,3}(?:\.[a-z]{2})?$/;

const freeSet = new Set(FREE_MAIL_DOMAINS);
const disposableSet = new Set(DISPOSABLE_DOMAINS);

/**
 * Tells whether an address is syntactically usable and whether its domain is a free-mail or a
 * disposable provider. Never throws; the classes are computed from the domain alone.
 *
 * @example classifyEmail("Ana@GMail.com") // { valid: true, domain: "gmail.com", free: true, disposable: false }
 */
export function classifyEmail(email: string): EmailClassification {
  const trimmed = typeof email === "string" ? email.trim() : "";
  const at = trimmed.lastIndexOf("@");
  const domain = at >= 0 ? trimmed.slice(at + 1).toLowerCase().replace(/\.$/, "") : null;
  return {
    valid: trimmed.length <= 254 && EMAIL.test(trimmed),
    domain: domain === "" ? null : domain,
    free: domain ? matches(domain, freeSet, FREE_MAIL_BRANDS) : false,
    disposable: domain ? matches(domain, disposableSet, DISPOSABLE_BRANDS) : false,
  };
}

/** True when the domain is known (free or disposable): such a domain never gets a typo suggestion. */
export function isKnownMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return matches(d, freeSet, FREE_MAIL_BRANDS) || matches(d, disposableSet, DISPOSABLE_BRANDS);
}

function matches(domain: string, exact: ReadonlySet<string>, brands: readonly string[]): boolean {
  // The domain itself or any parent domain (x.mailinator.com → mailinator.com), never the bare TLD.
  // Substrings after each dot, not split/join: the server classifies every lead's address.
  for (let from = 0, dot = domain.indexOf("."); dot >= 0; from = dot + 1, dot = domain.indexOf(".", from)) {
    if (exact.has(from === 0 ? domain : domain.slice(from))) return true;
  }
  const dot = domain.indexOf(".");
  const brand = dot < 0 ? domain : domain.slice(0, dot);
  return brands.includes(brand) && BRAND_TLD.test(dot < 0 ? "" : domain.slice(dot + 1));
}
