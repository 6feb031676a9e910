import { t } from "../i18n/t";

export interface WelcomeBackProps {
  locale: string;
  /** Who the visitor is remembered as (`displayName`); `null` greets without a name. */
  name: string | null;
  /** Forgets the visitor and restarts the form with nothing known. */
  onNotYou(): void;
}

/**
 * The returning-visitor line above the form (SPEC 6 and 10): "Welcome back, Ana" and a `Not you?`
 * button. Someone else on a shared computer must be able to stop being treated as Ana at once,
 * so the control sits next to the name rather than in a menu. It reads as a quiet link (still a
 * `<button>` named `Not you?`, SPEC 10), so it does not compete with Next. The name is rendered as text.
 *
 * @example <WelcomeBack locale="en" name="Ana" onNotYou={() => session.forget()} />
 */
export function WelcomeBack({ locale, name, onNotYou }: WelcomeBackProps) {
  return (
    <p class="lq-welcome-back">
      <span>{name === null ? t(locale, "welcomeBack") : t(locale, "welcomeBackAs", { name })}</span>{" "}
      <button type="button" class="lq-link-button" onClick={onNotYou}>
        {t(locale, "notYou")}
      </button>
    </p>
  );
}
