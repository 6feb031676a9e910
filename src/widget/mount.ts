import type { Config, ValidateConfigResult } from "../config/types";
import type { BrowserDeliveryOptions } from "../delivery/browser-delivery";
import type { Delivery } from "../delivery/create-delivery";
import { pickLocale } from "../i18n/pick-locale";
import { adoptStyles } from "./adopt-styles";
import { TEXT_FIELD_TYPES } from "./fields/question-field";
import { visitSteps } from "./visit-steps";
import { createEmitter, type Emitter } from "./emitter";
import { loadConfig, type ConfigLoadError } from "./load-config";
import { applyOverrides, type MountOverrides } from "./mount-overrides";
import type { CryptoLike } from "./new-lead-id";
import { readCompiledConfig } from "./read-compiled-config";
import { startForm } from "./start-form";
import { HOST_CSS } from "./host-css";
import { WIDGET_CSS } from "./styles";
import { themeCss } from "./theme-css";
import type { WidgetHandle } from "./widget-handle";
import { widgetParts, type WidgetParts } from "./widget-parts";

type DiagnosticsPart = Awaited<ReturnType<WidgetParts["diagnostics"]>>;

/** The I/O mount() uses; every field defaults to the host element's window. Tests pass their own. */
export interface MountEnv {
  window: Window;
  fetch: typeof fetch;
  now: () => Date;
  crypto: CryptoLike & { subtle?: Pick<SubtleCrypto, "digest"> };
  /**
   * Starts the form's delivery. By default the form kit's `startBrowserDelivery`, once that part has
   * loaded (right after the first paint); given here, it starts with the form (tests pass a fake).
   */
  startDelivery?: (options: BrowserDeliveryOptions) => Delivery;
  /** Loads the widget's other files (kiosk, delivery, the full validator, other languages). */
  parts: WidgetParts;
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
  const container = env.window.document.createElement("div");
  container.className = "lq-container";
  // The shadow root is attached and styled once there is something to show (the form or the config
  // notice), in the task that renders it: until then the page has nothing new to lay out or paint, so
  // no frame is spent on an empty styled box while the config loads. A shadow root cannot be removed,
  // so a remount after unmount() reuses the one attached before.
  const show = (css: readonly string[]) => {
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
    if (container.parentNode !== shadow) shadow.append(container);
    adoptStyles(shadow, [HOST_CSS, WIDGET_CSS, ...css]);
  };
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
  const checked = loaded.ok ? await checkConfig(loaded.value, overrides, env) : loaded;
  const languages = env.window.navigator.languages ?? [];

  if (!checked.ok) {
    // The config the validator saw (inside a compiled config's wrapper), with the page's overrides.
    if ("raw" in checked) formId = rawFormId(applyOverrides(checked.raw, overrides)) ?? formId;
    const locale = pickLocale([overrides.locale, ...languages]);
    await showFailure({ container, events, locale, failure: checked.error, source }, show, env);
    release();
    return errorHandle(host, formId, events, () => teardown());
  }

  const validConfig = checked.value;
  formId = validConfig.id;
  // Everything the first render needs, fetched in parallel: the page's language; on a booth, the kiosk
  // shell and the form kit (its staff panel and first visitor need them); the form kit too with `?lq_`
  // prefill in the URL (the prefilled answers decide the first question), or when the first step shows
  // more than text-like fields (with several questions per step).
  const locale = pickLocale([validConfig.locale, ...languages]);
  const needsKit =
    validConfig.mode === "kiosk" || /[?&]lq_/.test(env.window.location?.search ?? "") || !firstStepIsText(validConfig);
  const [kiosk, kit] = await Promise.all([
    validConfig.mode === "kiosk" ? env.parts.kiosk() : undefined,
    needsKit ? env.parts.formKit() : undefined,
    env.parts.locale(locale).catch(() => {}),
  ]);
  const theme = themeCss(validConfig.theme);
  show([theme]);
  // Queued before rendering on purpose: events are held until release(), so `ready` still
  // reaches listeners after the render, yet ahead of the first `step` the form reports.
  events.emit("ready", { formId });
  const form = startForm({
    container, config: validConfig, locale, events, env,
    // The kit's stylesheet goes between the widget's and the theme's (the theme's custom properties win).
    addStyles: (css) => show([css, theme]),
    ...(kiosk ? { kiosk: kiosk.KioskWidget } : {}),
    ...(kit ? { kit } : {}),
  });
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

/**
 * The config the form runs with: a compiled config this widget can trust as it is, else the full
 * validator's verdict on the config with the overrides laid over it (its file is loaded only then).
 */
async function checkConfig(
  raw: unknown, overrides: MountOverrides, env: MountEnv,
): Promise<{ ok: true; value: Config } | { ok: false; error: ConfigLoadError; raw: unknown }> {
  const read = await readCompiledConfig(raw, overrides, env.crypto.subtle);
  if (read.kind === "trusted") return { ok: true, value: read.config };
  let validated: ValidateConfigResult;
  try {
    const diagnostics = await env.parts.diagnostics();
    if (read.stale) console.warn(diagnostics.compiledConfigWarning(read.stale));
    validated = diagnostics.validateConfig(applyOverrides(read.raw, overrides));
  } catch (error) {
    return { ok: false, error: { code: "config_unreachable", issues: [{ path: "", message: `the config checker could not be loaded (${String(error)})` }] }, raw: read.raw };
  }
  return validated.ok ? { ok: true, value: validated.config } : { ok: false, error: { code: "invalid_config", issues: validated.issues }, raw: read.raw };
}

/**
 * The notice (with its stylesheet) and the console listing, from the diagnostics part; the console alone
 * when even that cannot load.
 */
async function showFailure(
  options: Parameters<DiagnosticsPart["showConfigFailure"]>[0],
  show: (css: readonly string[]) => void,
  env: MountEnv,
): Promise<void> {
  try {
    const [diagnostics] = await Promise.all([env.parts.diagnostics(), env.parts.locale(options.locale).catch(() => {})]);
    show([diagnostics.NOTICE_CSS]);
    diagnostics.showConfigFailure(options);
  } catch (error) {
    show([]);
    const message = options.failure.issues.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join("; ");
    console.error(`lead-qualifier: the form config could not be used: ${message}`, error);
    options.events.emit("error", { code: options.failure.code, message });
  }
}

/** Whether a new visitor's first step has only fields the landing-page file renders itself. */
function firstStepIsText(config: Config): boolean {
  const productLine = config.productLine ? { productLine: config.productLine } : {};
  const [first = []] = visitSteps({ config, answers: {}, budget: config.flow.maxNewQuestionsPerVisit, ...productLine });
  return first.every((question) => TEXT_FIELD_TYPES.has(question.type));
}

function errorHandle(host: Element, formId: string | null, events: Emitter, teardown: () => void): WidgetHandle {
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
    parts: env.parts ?? widgetParts(),
    ...(env.startDelivery ? { startDelivery: env.startDelivery } : {}),
  };
}
