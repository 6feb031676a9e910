import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/** A picture on the attract screen, with its alt text already localized ("" = decorative). */
export interface AttractImage {
  url: string;
  alt: string;
}

export interface AttractScreenProps {
  /** kiosk.attract.headline, else the campaign name, else a generic title. */
  title: string;
  /** An optional line under the title: kiosk.attract.text, else the giveaway. */
  lead?: string;
  logo?: AttractImage;
  image?: AttractImage;
  startLabel: string;
  onStart(): void;
  /** Move focus to Start (after a reset), so the next visitor's keyboard starts there. */
  focusStart?: boolean;
  /** The event: the show's name (when the headline is something else), its dates and the booth. */
  event?: string[];
  /** The language switch, between the text and Start. */
  languages?: ComponentChildren;
  /** "Scan badge", beside Start (staff scan the visitor's badge, and the visit starts with it). */
  scan?: { label: string; onScan(): void };
}

/**
 * The screen a booth shows between visitors: the logo, a big headline, a line about the giveaway, the
 * event (show, dates, booth), a picture, the language switch and one large Start button (with "Scan
 * badge" beside it), on the brand colour (see `brandCss`). Pictures have fixed
 * boxes (kiosk-css.ts), so Start never moves while they load. Config URLs go to `<img src>` only.
 *
 * @example <AttractScreen title="RetailTech 2026" startLabel="Start" onStart={begin} />
 */
export function AttractScreen({ title, lead, logo, image, startLabel, onStart, focusStart, event, languages, scan }: AttractScreenProps) {
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusStart) start.current?.focus();
  }, [focusStart]);
  return (
    <section class="lq-attract" aria-labelledby="lq-attract-title">
      {logo ? <img class="lq-attract-logo" src={logo.url} alt={logo.alt} /> : null}
      <h2 id="lq-attract-title" class="lq-attract-title">{title}</h2>
      {lead ? <p class="lq-attract-lead">{lead}</p> : null}
      {event && event.length > 0 ? <p class="lq-attract-event">{event.join(" · ")}</p> : null}
      {image ? <img class="lq-attract-image" src={image.url} alt={image.alt} /> : null}
      {languages}
      <div class="lq-attract-actions">
        <button ref={start} type="button" class="lq-kiosk-primary lq-attract-start" onClick={onStart}>
          {startLabel}
        </button>
        {scan ? (
          <button type="button" class="lq-kiosk-secondary lq-attract-scan" onClick={scan.onScan}>
            {scan.label}
          </button>
        ) : null}
      </div>
    </section>
  );
}
