import type { Answers, Config, Tier } from "../config/types";
import { t } from "../i18n/t";
import { CallMeNow } from "./call-me-now";
import { callMeNowOffer } from "./call-me-now-offer";
import type { DeliveryNotice } from "./delivery-notice";
import { outcomeFor } from "./outcome-for";

export interface OutcomeProps {
  config: Config;
  locale: string;
  tier: Tier;
  answers: Answers;
  /** The lead was refused or is not getting through: say so instead of the tier's promise. */
  notice?: DeliveryNotice | null;
  onRestart?(): void;
  /** Sends a "call me now" number; the offer is shown only with this (see `callMeNowOffer`). */
  onCallMeNow?(phone: string): void;
  /** Unique id prefix for this widget instance. */
  idPrefix?: string;
}

/**
 * The screen after submit: the tier's title as the `h2` (focused by the form), its message, and
 * the call to action as a plain link named by `cta.label` that opens in a new tab — a link, not
 * a button, so it can be opened, copied and read as what it is (SPEC 10). When the lead's delivery
 * is refused or not getting through, an honest notice replaces the tier's message (the CTA stays:
 * a booking link works whatever happened to the lead). A sales-ready visitor with no phone number
 * known is offered an optional "call me now" number below it, unless such a notice is showing.
 * A small "Answers received" line with a check sits above the title (only while nothing is wrong
 * with the delivery), and "Start over" is a quiet link at the foot: a big button right under the
 * call to action invited a second, duplicate lead.
 *
 * @example <Outcome config={config} locale="en" tier="sales-ready" answers={{ email: "a@b.io" }} />
 */
export function Outcome({ config, locale, tier, answers, notice, onRestart, onCallMeNow, idPrefix = "lq" }: OutcomeProps) {
  const view = outcomeFor(config, tier, locale, answers);
  // "We'll call you within minutes" would not be true while leads are refused or not getting through.
  const phone = onCallMeNow && !notice ? callMeNowOffer(config, tier, answers) : null;
  return (
    <div class="lq-outcome" data-tier={tier}>
      {!notice && <p class="lq-received">{t(locale, "received")}</p>}
      <h2 class="lq-outcome-title" tabIndex={-1}>{view.title}</h2>
      {notice ? (
        <p class="lq-outcome-message lq-delivery-notice" role="status">{t(locale, `delivery.${notice}`)}</p>
      ) : (
        view.message !== "" && <p class="lq-outcome-message">{view.message}</p>
      )}
      {view.cta && (
        <a class="lq-cta" href={view.cta.url} target="_blank" rel="noopener noreferrer">
          {view.cta.label}
        </a>
      )}
      {phone && onCallMeNow && (
        <CallMeNow config={config} locale={locale} question={phone} idBase={`${idPrefix}-call`} onSend={onCallMeNow} />
      )}
      {onRestart && (
        <p class="lq-outcome-foot">
          <button type="button" class="lq-link-button" onClick={onRestart}>
            {t(locale, "startOver")}
          </button>
        </p>
      )}
    </div>
  );
}
