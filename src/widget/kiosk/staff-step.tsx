import { useEffect, useRef, useState } from "preact/hooks";
import { FOLLOW_UPS, STAFF_RATINGS, ratingEffect } from "../../config/booth-vocabulary";
import { localize } from "../../config/localize";
import type { Config, FollowUp, StaffRating } from "../../config/types";
import { t } from "../../i18n/t";
import { CapturedByField } from "./captured-by-field";

/** What staff entered for one visit. */
export interface StaffEntry {
  rating: StaffRating;
  note: string;
  followUp: FollowUp[];
  capturedBy: string | null;
}

export interface StaffStepProps {
  locale: string;
  config: Config;
  /** Who is signed in on this tablet (staff panel), preselected. */
  capturedBy: string | null;
  onSave(entry: StaffEntry): void;
  /** Sends the lead without staff input. */
  onSkip(): void;
}

/** The longest note: a few sentences a rep reads before the call. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * Assisted mode's staff-only step, after the visitor's questions: who captured the visit, a rating A–D
 * (each shown with what it decides: a tier, or points), a note and the follow-ups promised. Saving
 * requires a rating; "Skip" sends the lead as the visitor left it. Everything here travels on the lead
 * as staff input, apart from the visitor's answers and score.
 *
 * @example <StaffStep locale="en" config={config} capturedBy="Ana" onSave={send} onSkip={sendPlain} />
 */
export function StaffStep({ locale, config, capturedBy: signedIn, onSave, onSkip }: StaffStepProps) {
  const [rating, setRating] = useState<StaffRating | null>(null);
  const [note, setNote] = useState("");
  const [followUp, setFollowUp] = useState<FollowUp[]>([]);
  const [capturedBy, setCapturedBy] = useState(signedIn ?? "");
  const [error, setError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRating = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const save = (event: Event) => {
    event.preventDefault();
    if (rating === null) {
      setError(true);
      firstRating.current?.focus();
      return;
    }
    onSave({ rating, note: note.trim(), followUp: FOLLOW_UPS.filter((flag) => followUp.includes(flag)), capturedBy: capturedBy.trim() || null });
  };
  const toggle = (flag: FollowUp, on: boolean) => setFollowUp((current) => (on ? [...current, flag] : current.filter((f) => f !== flag)));

  return (
    <div class="lq-kiosk-overlay">
      <div class="lq-kiosk-dialog lq-staff-step" role="dialog" aria-modal="true" aria-labelledby="lq-staff-step-title">
        <h2 id="lq-staff-step-title" ref={heading} tabIndex={-1}>{t(locale, "assist.title")}</h2>
        <form onSubmit={save} autoComplete="off" noValidate>
          <CapturedByField locale={locale} staff={config.kiosk.staff} value={capturedBy} onChange={setCapturedBy} id="lq-step-captured-by" />
          <fieldset class="lq-rating" aria-invalid={error ? "true" : undefined} aria-describedby={error ? "lq-rating-error" : undefined}>
            <legend>{t(locale, "assist.rating")}</legend>
            {STAFF_RATINGS.map((letter, index) => (
              <label key={letter} class="lq-rating-choice">
                <input
                  ref={index === 0 ? firstRating : undefined}
                  type="radio"
                  name="lq-rating"
                  value={letter}
                  checked={rating === letter}
                  onChange={() => {
                    setRating(letter);
                    setError(false);
                  }}
                />
                <span class="lq-rating-letter">{letter}</span> <span>{ratingMeaning(config, letter, locale)}</span>
              </label>
            ))}
            {error ? <p id="lq-rating-error" class="lq-kiosk-message" role="alert">{t(locale, "assist.ratingRequired")}</p> : null}
          </fieldset>
          <label class="lq-pin-label" for="lq-staff-note">{t(locale, "assist.note")}</label>
          <textarea id="lq-staff-note" class="lq-staff-note" rows={3} maxLength={NOTE_MAX_LENGTH} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          <fieldset class="lq-follow-up">
            <legend>{t(locale, "assist.followUp")}</legend>
            {FOLLOW_UPS.map((flag) => (
              <label key={flag} class="lq-rating-choice">
                <input type="checkbox" checked={followUp.includes(flag)} onChange={(event) => toggle(flag, event.currentTarget.checked)} />
                <span>{t(locale, `assist.${flag}`)}</span>
              </label>
            ))}
          </fieldset>
          <div class="lq-kiosk-dialog-actions">
            <button type="button" class="lq-kiosk-secondary" onClick={onSkip}>{t(locale, "assist.skip")}</button>
            <button type="submit" class="lq-kiosk-primary">{t(locale, "assist.save")}</button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** "Sales-ready", "+10 points" or the config's own label: what choosing the letter decides. */
function ratingMeaning(config: Config, rating: StaffRating, locale: string): string {
  const effect = ratingEffect(config.kiosk.ratings, rating);
  if (effect.label !== undefined) return localize(effect.label, locale);
  if (effect.tier !== undefined) return t(locale, `tier.${effect.tier}`);
  if (effect.adjust !== undefined) return t(locale, "assist.points", { points: `${effect.adjust >= 0 ? "+" : "−"}${Math.abs(effect.adjust)}` });
  return t(locale, "assist.noDecision");
}
