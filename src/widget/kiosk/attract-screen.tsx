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
}

/**
 * The screen a booth shows between visitors: the logo, a big headline, a line about the giveaway,
 * a picture and one large Start button, on the brand colour (see `brandCss`). Pictures have fixed
 * boxes (kiosk-css.ts), so Start never moves while they load. Config URLs go to `<img src>` only.
 *
 * @example <AttractScreen title="RetailTech 2026" startLabel="Start" onStart={begin} />
 */
export function AttractScreen({ title, lead, logo, image, startLabel, onStart, focusStart }: AttractScreenProps) {
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusStart) start.current?.focus();
  }, [focusStart]);
  return (
    <section class="lq-attract" aria-labelledby="lq-attract-title">
      {logo ? <img class="lq-attract-logo" src={logo.url} alt={logo.alt} /> : null}
      <h2 id="lq-attract-title" class="lq-attract-title">{title}</h2>
      {lead ? <p class="lq-attract-lead">{lead}</p> : null}
      {image ? <img class="lq-attract-image" src={image.url} alt={image.alt} /> : null}
      <button ref={start} type="button" class="lq-kiosk-primary lq-attract-start" onClick={onStart}>
        {startLabel}
      </button>
    </section>
  );
}
