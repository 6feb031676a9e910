import { analyticsPayload } from "./analytics-payload";
import type { WidgetEventName, WidgetEvents } from "./widget-events";

type Listener<K extends WidgetEventName> = (detail: WidgetEvents[K]) => void;

export interface Emitter {
  /** Subscribes to one event; returns the function that unsubscribes. */
  on<K extends WidgetEventName>(name: K, fn: Listener<K>): () => void;
  /** Delivers an event to `on` listeners, the host element and `window.dataLayer`. */
  emit<K extends WidgetEventName>(name: K, detail: WidgetEvents[K]): void;
  /** Drops every listener and ignores later events (unmount). */
  clear(): void;
  /** Delivers the events held back so far, in order, and stops holding (see `held`). */
  release(): void;
}

export interface EmitterOptions {
  /** The element the widget is mounted on; DOM events are dispatched here. */
  host: Element;
  /** The form id for analytics (null while the config is unknown, e.g. a broken config). */
  formId: () => string | null;
  /** Where `dataLayer` lives; the host element's window by default. */
  window?: Window;
  /**
   * Hold events back until `release()`. mount() renders synchronously, so `ready` and the first
   * `step` happen before the caller has the handle; holding them lets `handle.on(...)` right
   * after `await mount()` still see them, in order.
   */
  held?: boolean;
}

/**
 * One event source, three outlets: `handle.on` listeners, a bubbling and composed
 * `lead-qualifier:<name>` CustomEvent on the host (so page scripts and tag managers can listen
 * without the handle), and `window.dataLayer` when the page has one — without personal data.
 * A throwing listener is reported to the console and never stops the widget or other listeners.
 *
 * @example
 * const events = createEmitter({ host, formId: () => "acme" });
 * const off = events.on("answer", ({ questionId }) => console.log(questionId));
 * events.emit("answer", { questionId: "role" });
 */
export function createEmitter(options: EmitterOptions): Emitter {
  const listeners = new Map<WidgetEventName, Set<Listener<never>>>();
  const win = options.window ?? options.host.ownerDocument.defaultView ?? undefined;
  let queue: Array<() => void> | null = options.held ? [] : null;
  let closed = false;

  const deliver = <K extends WidgetEventName>(name: K, detail: WidgetEvents[K]) => {
    for (const fn of [...(listeners.get(name) ?? [])]) {
      try {
        (fn as Listener<K>)(detail);
      } catch (error) {
        console.error(`lead-qualifier: a "${name}" listener threw`, error);
      }
    }
    // The host's own realm (an iframe, a test window) must construct the event it dispatches.
    const CustomEventCtor = (win as (Window & typeof globalThis) | undefined)?.CustomEvent ?? CustomEvent;
    options.host.dispatchEvent(new CustomEventCtor(`lead-qualifier:${name}`, { detail, bubbles: true, composed: true }));
    pushToDataLayer(win, () => analyticsPayload(name, detail, options.formId()));
  };

  return {
    on(name, fn) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(fn as Listener<never>);
      return () => void set.delete(fn as Listener<never>);
    },
    emit(name, detail) {
      if (closed) return;
      if (queue) queue.push(() => deliver(name, detail));
      else deliver(name, detail);
    },
    clear() {
      listeners.clear();
      queue = null;
      closed = true;
    },
    release() {
      const pending = queue ?? [];
      queue = null;
      for (const send of pending) send();
    },
  };
}

function pushToDataLayer(win: Window | undefined, payload: () => object): void {
  const dataLayer = (win as { dataLayer?: { push?: unknown } } | undefined)?.dataLayer;
  // GTM swaps `push` for its own function, so duck-type instead of Array.isArray.
  if (!dataLayer || typeof dataLayer.push !== "function") return;
  try {
    (dataLayer.push as (entry: object) => void).call(dataLayer, payload());
  } catch (error) {
    console.error("lead-qualifier: window.dataLayer.push threw", error);
  }
}
