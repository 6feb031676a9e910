import { useMemo, useRef } from "preact/hooks";
import type { BoothFacts } from "../../qualify/build-lead";
import type { FormResult } from "../lead-form";
import type { KioskDevice } from "./kiosk-device";
import type { ScannedBadge } from "./scanned-badge";
import type { StaffEntry } from "./staff-step";

/** One visitor's completed form with what the booth knew of the visit. */
export interface FinishedVisit {
  result: FormResult;
  badge: ScannedBadge | null;
  locale: string;
}

export interface BoothSubmit {
  /** Sends the visit's lead now (the lead id, for the giveaway code), or in assisted mode holds it for the staff step (`"held"`). */
  complete(visit: FinishedVisit): string | null | "held";
  /** Sends the held lead with the staff's entry (or without, when skipped); `undefined` when none was held. */
  finish(entry?: StaffEntry): string | null | undefined;
  /** Sends a held lead as the visitor left it: the visit is ending (idle, reset) and a lead is never lost. */
  flush(): void;
}

/**
 * Turns a finished visit into the lead's booth facts (badge, staff input, captured by, device) and hands
 * it to `onComplete`, holding it in assisted mode until the staff step is saved, skipped or the visit ends.
 *
 * @example const booth = useBoothSubmit({ device, assisted: true, onComplete }); booth.complete({ result, badge, locale });
 */
export function useBoothSubmit(options: { device: KioskDevice; assisted: boolean; onComplete(result: FormResult): unknown }): BoothSubmit {
  const { device, assisted } = options;
  const onComplete = useRef(options.onComplete);
  onComplete.current = options.onComplete;
  const pending = useRef<FinishedVisit | null>(null);

  const send = (visit: FinishedVisit, entry?: StaffEntry): string | null => {
    const booth: BoothFacts = {
      ...(visit.badge ? { badge: visit.badge.badge } : {}),
      ...(entry ? { staff: { rating: entry.rating, note: entry.note, followUp: entry.followUp } } : {}),
      capturedBy: device.capturedBy(),
      deviceId: device.id,
    };
    return leadIdOf(onComplete.current({ ...visit.result, booth, locale: visit.locale }));
  };
  const take = () => {
    const held = pending.current;
    pending.current = null;
    return held;
  };
  // One object for the kiosk's life (per device and mode): callers may list it as an effect dependency.
  return useMemo(() => ({
    complete(visit: FinishedVisit) {
      if (!assisted) return send(visit);
      pending.current = visit;
      return "held";
    },
    finish(entry?: StaffEntry) {
      const held = take();
      if (!held) return undefined;
      if (entry && entry.capturedBy !== device.capturedBy()) device.setCapturedBy(entry.capturedBy);
      return send(held, entry);
    },
    flush() {
      const held = take();
      if (held) send(held);
    },
  }), [device, assisted]);
}

/** The lead id from whatever `onComplete` returned: a lead, `{ leadId }`, the id itself, or nothing. */
function leadIdOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  const id = typeof value === "object" && value !== null ? (value as { leadId?: unknown }).leadId : undefined;
  return typeof id === "string" ? id : null;
}
