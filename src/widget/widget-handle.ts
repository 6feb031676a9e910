import type { OutboxEntry } from "../delivery/outbox-entry";
import type { WidgetEventName, WidgetEvents } from "./widget-events";

/**
 * What `mount()` resolves to (SPEC 2). A broken or unreachable config still gives a handle, with
 * `state: "error"`, so calling code never has to catch to keep the host page working.
 */
export interface WidgetHandle {
  /** The host element (the one carrying the shadow root). */
  readonly element: Element;
  /** "ready": the form is shown; "error": the config notice is shown instead. */
  readonly state: "ready" | "error";
  /** The config's id, or null when the config could not be loaded. */
  readonly formId: string | null;
  /** Subscribes to a widget event; returns the unsubscribe function. */
  on<K extends WidgetEventName>(event: K, fn: (detail: WidgetEvents[K]) => void): () => void;
  /** Popup mode: opens the dialog (no-op in other modes). */
  open(): void;
  /** Popup mode: closes the dialog and returns focus to the launcher (no-op in other modes). */
  close(): void;
  /** Starts the form over, with no answers. */
  reset(): void;
  /** Removes the widget; the element can be mounted again later. Undelivered leads stay in the outbox. */
  unmount(): void;
  /** Leads of this form not yet delivered from this device: pending, sending, or failed (kept, never deleted). */
  outbox(): OutboxEntry[];
}
