import { MAX_ATTRIBUTION_VALUE_LENGTH, UTM_KEYS } from "../config/attribution-vocabulary";
import type { StorageLike } from "./storage-like";

/** Campaign data read from a URL: `utm` keys without the `utm_` prefix, `params` by their own names. */
export interface UrlAttribution {
  utm: Record<string, string>;
  params: Record<string, string>;
}

/** Attribution for the lead context: where this session started and what brought the visitor. */
export interface Attribution extends UrlAttribution {
  referrer: string;
  landingUrl: string;
}

export const ATTRIBUTION_KEY = "lead-qualifier:attribution:v1";

/**
 * Reads `utm_source`, `utm_medium`, `utm_campaign`, `utm_term`, `utm_content` and the named extra
 * params (e.g. `gclid`) from a URL. Only present, non-empty values are returned; values are trimmed
 * and cut to 256 characters.
 *
 * @example
 * readUtm(new URL("https://a.io/?utm_source=news&gclid=x1"), ["gclid"]);
 * // { utm: { source: "news" }, params: { gclid: "x1" } }
 */
export function readUtm(url: URL, params: string[]): UrlAttribution {
  const pick = (name: string) => {
    const value = url.searchParams.get(name)?.trim();
    return value ? value.slice(0, MAX_ATTRIBUTION_VALUE_LENGTH) : undefined;
  };
  const utm: Record<string, string> = {};
  for (const key of UTM_KEYS) {
    const value = pick(`utm_${key}`);
    if (value !== undefined) utm[key] = value;
  }
  const extra: Record<string, string> = {};
  for (const name of params) {
    const value = pick(name);
    if (value !== undefined) extra[name] = value;
  }
  return { utm, params: extra };
}

/**
 * The page URL to put in a lead: without the `#fragment` (often app state or tokens) and without
 * `lq_*` prefill parameters, because those are answers (possibly an email address) that already travel
 * in `answers` and should not be copied into the context as well. Unparseable input gives "".
 *
 * @example
 * pageUrlWithoutFragment("https://a.io/p?x=1&lq_email=a%40b.io#top"); // "https://a.io/p?x=1"
 */
export function pageUrlWithoutFragment(href: string): string {
  if (!href) return "";
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return "";
  }
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) if (name.startsWith("lq_")) url.searchParams.delete(name);
  return url.href;
}

export interface CaptureAttributionInput {
  url: URL;
  referrer: string;
  /** `window.sessionStorage` (through safeStorage, or anything StorageLike); per site by nature. */
  sessionStorage: StorageLike;
  params: string[];
}

/**
 * Attribution that survives navigation within a session: the first page of a session records its
 * landing URL, referrer, UTM tags and params in sessionStorage; later pages reuse them, so a visitor
 * who arrives on a campaign page and converts on /contact still carries the campaign. A later page that
 * brings new campaign tags (a new ad click) replaces them (last campaign touch wins).
 *
 * @example
 * const attribution = captureAttribution({ url: new URL(location.href), referrer: document.referrer,
 *   sessionStorage: safeStorage(() => sessionStorage), params: config.hiddenFields.params });
 */
export function captureAttribution(input: CaptureAttributionInput): Attribution {
  const fresh = readUtm(input.url, input.params);
  const hasCampaign = Object.keys(fresh.utm).length > 0 || Object.keys(fresh.params).length > 0;
  const stored = hasCampaign ? null : readStored(input.sessionStorage);
  if (stored) return stored;
  const attribution: Attribution = {
    ...fresh,
    referrer: pageUrlWithoutFragment(input.referrer),
    landingUrl: pageUrlWithoutFragment(input.url.href),
  };
  try {
    input.sessionStorage.setItem(ATTRIBUTION_KEY, JSON.stringify(attribution));
  } catch {
    // Blocked sessionStorage only costs cross-page attribution; the current page still has it.
  }
  return attribution;
}

function readStored(storage: StorageLike): Attribution | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(ATTRIBUTION_KEY) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const v = value as Record<string, unknown>;
    if (typeof v.referrer !== "string" || typeof v.landingUrl !== "string") return null;
    return { utm: strings(v.utm), params: strings(v.params), referrer: v.referrer, landingUrl: v.landingUrl };
  } catch {
    return null;
  }
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}
