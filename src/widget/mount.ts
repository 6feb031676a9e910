import type { Config } from "../config/types";
import { validateConfig } from "../config/validate-config";
import { startBrowserDelivery, type BrowserDeliveryOptions } from "../delivery/browser-delivery";
import type { Delivery } from "../delivery/create-delivery";
import { pickLocale } from "../i18n/pick-locale";
import { adoptStyles } from "./adopt-styles";
import { createEmitter } from "./emitter";
import { loadConfig } from "./load-config";
import { applyOverrides, type MountOverrides } from "./mount-overrides";
import type { CryptoLike } from "./new-lead-id";
import { showConfigFailure } from "./show-config-failure";
import { startForm } from "./start-form";
import { HOST_CSS } from "./host-css";
import { WIDGET_CSS } from "./styles";
import { themeCss } from "./theme-css";
import type { WidgetHandle } from "./widget-handle";

/** The I/O mount() uses; every field defaults to the host element's window. Tests pass their own. */
export interface MountEnv {
  window: Window;
  fetch: typeof fetch;
  now: () => Date;
  crypto: CryptoLike;
  startDelivery: (options: BrowserDeliveryOptions) => Delivery;
}

/** Marks a mounted host element; the script entry skips marked elements, so a second run is harmless. */
export const MOUNTED_ATTRIBUTE = "data-lead-qualifier-mounted";

// One handle per element, kept as the promise so two overlapping mount() calls share one widget.
const mounted = new WeakMap<Element, Promise<WidgetHandle>>();

/**
 * Mounts a lead-qualification widget into `target`'s open shadow root (SPEC 2).
 * `config` is a config object, a URL (fetched without credentials) or `"#id"` of a
 * `<script type="application/json">`; `overrides` win over it, then the result is validated.
 * Mounting an element that already has a widget resolves to the existing handle.
 * Never rejects for a bad or unreachable config: the handle then has `state: "error"`, the
 * issues are logged with one console.error, a notice replaces the form, and `error` fires with
 * code "invalid_config" or "config_unreachable". It rejects only when `target` matches no element.
 *
 * @example
 * const widget = await mount("#lead-form", "/forms/analytics.json", { mode: "popup" });
 * widget.on("submit", ({ lead }) => console.log(lead.score.tier));
 */
export function mount(
  target: Element | string,
  config: Config | string | unknown,
  overrides: MountOverrides = {},
  env: Partial<MountEnv> = {},
): Promise<WidgetHandle> {
  const element = typeof target === "string" ? (env.window?.document ?? document).querySelector(target) : target;
  if (!element) return Promise.reject(new Error(`lead-qualifier: mount target "${String(target)}" not found`));
  const existing = mounted.get(element);
  if (existing) return existing;
  const handle = mountInto(element, config, overrides, withDefaults(element, env));
  mounted.set(element, handle);
  return handle;
}

async function mountInto(host: Element, source: unknown, overrides: MountOverrides, env: MountEnv): Promise<WidgetHandle> {
  host.setAttribute(MOUNTED_ATTRIBUTE, "");
  // A shadow root cannot be removed, so a remount after unmount() reuses the one we attached.
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const container = env.window.document.createElement("div");
  container.className = "lq-container";
  shadow.append(container);
  adoptStyles(shadow, [HOST_CSS, WIDGET_CSS]);

  let formId: string | null = rawFormId(source);
  const events = createEmitter({ host, window: env.window, formId: () => formId, held: true });
  const release = () => env.window.setTimeout(() => events.release(), 0);
  const teardown = () => {
    events.clear();
    container.remove();
    host.removeAttribute(MOUNTED_ATTRIBUTE);
    mounted.delete(host);
  };

  const loaded = await loadConfig(source, { fetch: env.fetch, document: env.window.document });
  const raw = loaded.ok ? applyOverrides(loaded.value, overrides) : undefined;
  formId = loaded.ok ? rawFormId(raw) : formId;
  const validated = loaded.ok ? validateConfig(raw) : undefined;
  const fallbackLocale = pickLocale([overrides.locale, ...env.window.navigator.languages]);

  if (!validated?.ok) {
    const failure = loaded.ok
      ? { code: "invalid_config" as const, issues: validated?.ok === false ? validated.issues : [] }
      : loaded.error;
    showConfigFailure({ container, events, locale: fallbackLocale, failure, source });
    release();
    return errorHandle(host, formId, events, () => teardown());
  }

  const validConfig = validated.config;
  formId = validConfig.id;
  adoptStyles(shadow, [HOST_CSS, WIDGET_CSS, themeCss(validConfig.theme)]);
  // Queued before rendering on purpose: events are held until release(), so `ready` still
  // reaches listeners after the render, yet ahead of the first `step` the form reports.
  events.emit("ready", { formId });
  const form = startForm({ container, config: validConfig, events, env });
  release();
  return {
    element: host,
    state: "ready",
    formId,
    on: events.on,
    open: form.open,
    close: form.close,
    reset: form.reset,
    outbox: form.outbox,
    unmount() {
      form.stop();
      teardown();
    },
  };
}

function errorHandle(host: Element, formId: string | null, events: ReturnType<typeof createEmitter>, teardown: () => void): WidgetHandle {
  const noop = () => {};
  return { element: host, state: "error", formId, on: events.on, open: noop, close: noop, reset: noop, outbox: () => [], unmount: teardown };
}

/** The form id for analytics before validation, when the raw config has a plausible one. */
function rawFormId(raw: unknown): string | null {
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && /^[a-z0-9-]{1,100}$/.test(id) ? id : null;
}

function withDefaults(host: Element, env: Partial<MountEnv>): MountEnv {
  const win = env.window ?? host.ownerDocument.defaultView ?? window;
  return {
    window: win,
    fetch: env.fetch ?? win.fetch.bind(win),
    now: env.now ?? (() => new Date()),
    crypto: env.crypto ?? win.crypto,
    startDelivery: env.startDelivery ?? ((options) => startBrowserDelivery({ window: win, ...options })),
  };
}
