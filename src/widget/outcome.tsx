import type { Answers, Config, Tier } from "../config/types";
import { t } from "../i18n/t";
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
}

/**
 * The screen after submit: the tier's title as the `h2` (focused by the form), its message, and
 * the call to action as a plain link named by `cta.label` that opens in a new tab — a link, not
 * a button, so it can be opened, copied and read as what it is (SPEC 10). When the lead's delivery
 * is refused or not getting through, an honest notice replaces the tier's message (the CTA stays:
 * a booking link works whatever happened to the lead).
 *
 * @example <Outcome config={config} locale="en" tier="sales-ready" answers={{ email: "a@b.io" }} />
 */
export function Outcome({ config, locale, tier, answers, notice, onRestart }: OutcomeProps) {
  const view = outcomeFor(config, tier, locale, answers);
  return (
    <div class="lq-outcome" data-tier={tier}>
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
      {onRestart && (
        <button type="button" class="lq-button lq-button-secondary" onClick={onRestart}>
          {t(locale, "startOver")}
        </button>
      )}
    </div>
  );
}
