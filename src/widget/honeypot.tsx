import { t } from "../i18n/t";

export interface HoneypotProps {
  locale: string;
  id: string;
  value: string;
  onValue(value: string): void;
}

/**
 * A bot trap: a text field named "website" that people never see or reach (visually hidden,
 * out of the tab order, hidden from assistive technology) but form-filling bots do fill. A
 * filled honeypot flags the lead rather than dropping it (SPEC 9), in case a human was wrong-footed.
 *
 * @example <Honeypot locale="en" id="lq1-website" value="" onValue={set} />
 */
export function Honeypot({ locale, id, value, onValue }: HoneypotProps) {
  return (
    <div class="lq-honeypot" aria-hidden="true">
      <label for={id}>{t(locale, "honeypot")}</label>
      <input
        id={id}
        type="text"
        name="website"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
