import { localize } from "../config/localize";
import { placeholdersAfterHost } from "../config/url-checks";
import type { Answers, Config, Tier } from "../config/types";
import { t } from "../i18n/t";
import { fillTemplate } from "./fill-template";

export interface OutcomeView {
  title: string;
  message: string;
  /** Only when the config gives a CTA with a safe url (http(s), mailto, tel or site-relative). */
  cta: { label: string; url: string } | null;
}

/**
 * What the outcome screen shows for a tier: the configured outcome merged over the built-in,
 * localized default, so every tier has a title and message even when the config names none.
 * The disqualified default is a plain thank-you: visitors are never told they were set aside.
 * The CTA url has `{questionId}` placeholders filled with URL-encoded answers; a url with a
 * script-capable scheme (javascript:, data:), or one whose host an answer would decide, is dropped
 * rather than rendered as a link.
 *
 * @example outcomeFor(config, "nurture", "en", {}).title // "Thanks! We'll send you useful material"
 */
export function outcomeFor(config: Config, tier: Tier, locale: string, answers: Answers): OutcomeView {
  const configured = config.outcomes[tier];
  const title = localize(configured?.title, locale) || t(locale, `outcome.${tier}.title`);
  const message = configured?.message !== undefined
    ? localize(configured.message, locale)
    : configured?.title !== undefined ? "" : t(locale, `outcome.${tier}.message`);
  const template = configured?.cta?.url ?? "";
  const url = template !== "" && placeholdersAfterHost(template) ? fillTemplate(template, answers) : "";
  const label = configured?.cta ? localize(configured.cta.label, locale) : "";
  return { title, message, cta: label !== "" && isSafeUrl(url) && sameOrigin(template, url) ? { label, url } : null };
}

/** The filled link must go where the template goes: answers never change the host (defence in depth behind validateConfig). */
function sameOrigin(template: string, filled: string): boolean {
  try {
    const base = "https://same-origin.invalid";
    return new URL(filled, base).origin === new URL(template.replace(/\{[^}]*\}/g, ""), base).origin;
  } catch {
    return false;
  }
}

function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:|tel:|\/(?!\/))/i.test(url.trim());
}
