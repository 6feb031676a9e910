import { classifyEmail, isKnownMailDomain } from "./classify-email";
import { editDistance } from "../config/edit-distance";

/**
 * Domains we compare against, most used first (a tie goes to the earlier one). Only names of
 * five letters or more: short ones (aol, gmx, web, me) sit within two edits of countless real
 * company domains, and a wrong "did you mean" is worse than none.
 */
const SUGGESTION_TARGETS = [
  "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "googlemail.com",
  "hotmail.co.uk", "yahoo.co.uk", "hotmail.fr", "yahoo.fr", "orange.fr", "hotmail.de",
  "t-online.de", "freenet.de", "outlook.de", "yahoo.de", "protonmail.com", "libero.it",
  "laposte.net", "wanadoo.fr", "yandex.ru", "comcast.net", "btinternet.com",
];

/** Real businesses within two edits of a target: never "correct" them. */
const LOOKALIKES = new Set(["cloud.com", "wahoo.com", "mail.de", "email.de"]);

/** TLD slips that are not real TLDs, so fixing them is safe on any domain, business or not. */
const TLD_TYPOS: Record<string, string> = {
  con: "com", cmo: "com", comm: "com", coom: "com", ocm: "com", vom: "com", xom: "com", cpm: "com",
  nte: "net", ent: "net", nett: "net", ogr: "org", orgg: "org",
};

/**
 * A "did you mean …?" correction for a mistyped mail domain, or null. Suggests only for a domain
 * within two edits of a common free-mail domain, or with a TLD that does not exist (`.con`);
 * never for a known provider or a business domain far from every known one.
 *
 * @example suggestEmail("ana@gmial.com") // "ana@gmail.com"
 * @example suggestEmail("ana@acme.io")   // null
 */
export function suggestEmail(email: string): string | null {
  const trimmed = typeof email === "string" ? email.trim() : "";
  const { domain } = classifyEmail(trimmed);
  if (!domain || LOOKALIKES.has(domain)) return null;
  const local = trimmed.slice(0, trimmed.lastIndexOf("@"));
  if (local === "" || /\s/.test(local)) return null;

  // A TLD fix comes first: "yahoo.con" looks like a known provider (any TLD after a brand does).
  const fixedTld = fixTld(domain);
  if (fixedTld !== domain && isKnownMailDomain(fixedTld)) return `${local}@${fixedTld}`;
  if (isKnownMailDomain(domain)) return null;

  let best: { target: string; distance: number } | null = null;
  for (const target of SUGGESTION_TARGETS) {
    const distance = Math.min(editDistance(domain, target), editDistance(fixedTld, target));
    if (distance > 0 && distance <= 2 && (best === null || distance < best.distance)) {
      best = { target, distance };
    }
  }
  if (best) return `${local}@${best.target}`;
  return fixedTld !== domain ? `${local}@${fixedTld}` : null;
}

function fixTld(domain: string): string {
  const dot = domain.lastIndexOf(".");
  if (dot < 0) return domain;
  const tld = domain.slice(dot + 1);
  const fixed = TLD_TYPOS[tld];
  return fixed ? domain.slice(0, dot + 1) + fixed : domain;
}
