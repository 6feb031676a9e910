import { t } from "../../i18n/t";
import { languageName } from "./kiosk-languages";

export interface LanguageSwitchProps {
  /** The current visit's language. */
  locale: string;
  languages: string[];
  onPick(tag: string): void;
}

/**
 * The attract screen's language buttons, each named in its own language ("Deutsch", "Français") so a
 * visitor finds theirs; the current one is pressed. Renders nothing for a one-language form.
 *
 * @example <LanguageSwitch locale="en" languages={["en", "de"]} onPick={setLanguage} />
 */
export function LanguageSwitch({ locale, languages, onPick }: LanguageSwitchProps) {
  if (languages.length < 2) return null;
  const current = locale.split("-")[0];
  return (
    <div class="lq-language-switch" role="group" aria-label={t(locale, "kiosk.language")}>
      {languages.map((tag) => (
        <button key={tag} type="button" class="lq-kiosk-secondary" lang={tag} aria-pressed={tag === locale || tag === current ? "true" : "false"} onClick={() => onPick(tag)}>
          {languageName(tag)}
        </button>
      ))}
    </div>
  );
}
