import { useEffect, useRef } from "preact/hooks";

export interface AttractScreenProps {
  /** The campaign name (config.campaign.name), or a generic title. */
  title: string;
  /** An optional line under the title, e.g. the giveaway. */
  lead?: string;
  startLabel: string;
  onStart(): void;
  /** Move focus to Start (after a reset), so the next visitor's keyboard starts there. */
  focusStart?: boolean;
}

/**
 * The screen a booth shows between visitors: the campaign name and one large Start button.
 *
 * @example <AttractScreen title="RetailTech 2026" startLabel="Start" onStart={begin} />
 */
export function AttractScreen({ title, lead, startLabel, onStart, focusStart }: AttractScreenProps) {
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusStart) start.current?.focus();
  }, [focusStart]);
  return (
    <section class="lq-attract" aria-labelledby="lq-attract-title">
      <h2 id="lq-attract-title" class="lq-attract-title">{title}</h2>
      {lead ? <p class="lq-attract-lead">{lead}</p> : null}
      <button ref={start} type="button" class="lq-kiosk-primary" onClick={onStart}>
        {startLabel}
      </button>
    </section>
  );
}
