import { localize } from "../../config/localize";
import { t } from "../../i18n/t";
import { FieldNotes } from "./field-notes";
import { describedBy, fieldIds, type FieldProps } from "./field-props";

/**
 * `consent`: one checkbox whose label is the consent text (the question's label, else the
 * config's `consent.label`), and the privacy link beside it — not inside the label, where a tap
 * on the link would also toggle the box. The link opens in a new tab (rel noopener) so the
 * visitor does not lose their answers. The error sits right under the box it is about, the link after it.
 *
 * @example <ConsentField question={{ id: "consent", type: "consent", label: "I agree…" }} ... />
 */
export function ConsentField(props: FieldProps) {
  const { question, config, locale, value, error, idBase, onValue } = props;
  const ids = fieldIds(idBase);
  const hasHelp = localize(question.help, locale) !== "";
  const text = localize(question.label, locale) || localize(config.consent?.label, locale);
  const privacyUrl = config.consent?.privacyUrl;
  return (
    <div class="lq-question">
      <div class={error !== null ? "lq-consent is-invalid" : "lq-consent"}>
        <input
          id={ids.control}
          type="checkbox"
          checked={value === true}
          required={question.required === true}
          aria-invalid={error !== null ? "true" : undefined}
          aria-describedby={describedBy(idBase, hasHelp, error !== null)}
          onChange={(event) => onValue(event.currentTarget.checked, true)}
        />
        <label id={ids.label} for={ids.control}>{text}</label>
      </div>
      <FieldNotes question={question} locale={locale} idBase={idBase} error={error} />
      {privacyUrl !== undefined && /^https?:\/\//i.test(privacyUrl) && (
        <a class="lq-privacy-link" href={privacyUrl} target="_blank" rel="noopener noreferrer">
          {t(locale, "privacyPolicy")}
          <span class="lq-visually-hidden"> {t(locale, "opensInNewTab")}</span>
        </a>
      )}
    </div>
  );
}
