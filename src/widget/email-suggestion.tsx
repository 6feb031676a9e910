import { t } from "../i18n/t";

export interface EmailSuggestionProps {
  locale: string;
  /** The suggested address, or null for none. */
  suggestion: string | null;
  onAccept(email: string): void;
}

/**
 * "Did you mean ana@gmail.com?" as one button: a single click or tap accepts it. The wrapper is
 * a polite live region that always exists, so the suggestion is announced when it appears.
 *
 * @example <EmailSuggestion locale="en" suggestion="ana@gmail.com" onAccept={setEmail} />
 */
export function EmailSuggestion({ locale, suggestion, onAccept }: EmailSuggestionProps) {
  return (
    <div class="lq-suggestion-region" aria-live="polite">
      {suggestion !== null && (
        <button type="button" class="lq-suggestion" onClick={() => onAccept(suggestion)}>
          {t(locale, "emailSuggestion", { email: suggestion })}
        </button>
      )}
    </div>
  );
}
