import type { Answers, Config } from "../config/types";
import { shouldCapturePartial } from "../profile/should-capture-partial";

export interface PartialCaptureOptions {
  config: Config;
  /** Everything known plus this visit's answers, as they stand. */
  answers: () => Answers;
  /** Builds and delivers the partial lead (the outbox, so `pagehide` can still send it). */
  send: (answers: Answers) => void;
}

export interface PartialCapture {
  /** The visit was abandoned (pagehide, popup closed mid-form): send once if worth it. */
  abandon(): void;
  /** The complete lead was submitted: no partial may follow it. */
  completed(): void;
  /** A new form in the same widget ("Start over", reset, "Not you?"): a new visit to capture. */
  restart(): void;
}

/**
 * At most one partial lead per visit (`flow.capturePartial`, see `shouldCapturePartial`), and
 * never after the complete lead: leaving the page twice, or closing and reopening a popup, must
 * not give sales the same person three times.
 *
 * @example
 * const partial = createPartialCapture({ config, answers: () => all, send: (a) => delivery.submit(lead(a)) });
 * window.addEventListener("pagehide", partial.abandon);
 */
export function createPartialCapture({ config, answers, send }: PartialCaptureOptions): PartialCapture {
  let done = false;
  return {
    abandon() {
      if (done || config.mode === "kiosk") return;
      const current = answers();
      if (!shouldCapturePartial({ config, answers: current })) return;
      done = true;
      send(current);
    },
    completed: () => void (done = true),
    restart: () => void (done = false),
  };
}
