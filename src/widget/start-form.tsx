import { signal } from "@preact/signals";
import { render } from "preact";
import { localize } from "../config/localize";
import type { Answers, Config } from "../config/types";
import type { OutboxEntry } from "../delivery/outbox-entry";
import { t } from "../i18n/t";
import { afterFirstPaint } from "./after-first-paint";
import type { Emitter } from "./emitter";
import { formKitSource, type FormKit } from "./form-kit-source";
import type { BrowserDeliveryOptions } from "../delivery/browser-delivery";
import type { Delivery } from "../delivery/create-delivery";
import type { DeliveryNotice, DeliveryNoticeWatch } from "./delivery-notice";
import type { MountEnv } from "./mount";
import type { VisitRuntime } from "./visit-runtime";
import type { VisitStart } from "./visit-session";
import { WidgetRoot, type WidgetController, type WidgetRootProps } from "./widget-root";

export interface StartFormOptions {
  container: Element;
  config: Config;
  /** The UI locale mount() picked (and loaded the strings of). */
  locale: string;
  events: Emitter;
  env: MountEnv;
  /** Kiosk mode: the booth shell (its own file, loaded by mount()). */
  kiosk?: WidgetRootProps["kiosk"];
  /** The form kit, when the first screen needs it (a `?lq_` prefill link); else it loads after the first paint. */
  kit?: FormKit;
  /** Adopts the kit's stylesheet into the widget's shadow root (mount() passes it); called before the kit's parts render. */
  addStyles?(css: string): void;
}

export interface RunningForm {
  open(): void;
  close(): void;
  reset(): void;
  stop(): void;
  outbox(): OutboxEntry[];
}

/** A first visit with nothing known: what the first screen shows before storage is read. */
const NEW_VISIT: VisitStart = { known: {}, draft: {}, visit: 1, returning: null, previous: null };

/**
 * Runs a validated form in `container`: picks the locale, starts this widget's delivery (one per
 * mounted widget; two widgets of the same form share its outbox storage, and the outbox lease keeps
 * them from sending a lead twice) and renders the first question at once — without touching storage
 * or waiting for the rest of the code. Right after the first paint the form kit arrives with the
 * visit runtime (`createVisitRuntime`: profile, prefill, draft, lead building); when the visitor has
 * not touched the form yet and storage knew something (a returning visitor, a reload mid-form), the
 * form starts over from it, without moving focus. A visitor who already answered keeps their visit.
 *
 * @example const form = startForm({ container, config, locale: "en", events, env }); form.open();
 */
export function startForm({ container, config, locale, events, env, kiosk, kit: ready, addStyles }: StartFormOptions): RunningForm {
  const win = env.window;
  const kit = formKitSource(() => env.parts.formKit(), ready ?? null);
  const visit = signal<VisitStart>(NEW_VISIT);
  const generation = signal(0);
  const controller: WidgetController = { open: signal(false), generation };
  let focusOnStart = false;
  // This visit's answers, so a partial lead can be built from outside the form.
  let visitAnswers: Answers = {};
  let renderedAt = env.now();
  // Fill time counts from the first answer: a popup may sit closed for minutes before anyone starts.
  let startedAt: Date | null = null;
  let runtime: VisitRuntime | null = null;
  let stopped = false;
  // Set when the kit arrives: the form renders again, with the parts it brings (the suggestion's live region).
  const kitReady = signal(false);

  const deliveryOptions: BrowserDeliveryOptions = {
    endpoint: config.endpoint,
    formId: config.id,
    timeoutMs: config.delivery.timeoutMs,
    keepDeliveredLeads: config.mode === "kiosk",
    onDelivered: (leadId) => events.emit("delivered", { leadId }),
    onError: (error) => events.emit("error", error),
  };
  // The delivery code is part of the form kit: it starts when the kit arrives (right after the first
  // paint; every page load sends what earlier visits left pending). A submit can only come later.
  let delivery: Delivery | null = env.startDelivery?.(deliveryOptions) ?? null;
  const notice = signal<DeliveryNotice | null>(null);
  let watch: DeliveryNoticeWatch | null = null;

  const attach = (loaded: FormKit): VisitRuntime => {
    if (runtime) return runtime;
    addStyles?.(loaded.KIT_CSS);
    delivery ??= loaded.startBrowserDelivery({ window: win, ...deliveryOptions });
    const deliveryNotice = (watch = loaded.watchDeliveryNotice(delivery, config.mode === "kiosk", notice));
    runtime = loaded.createVisitRuntime({
      config, locale, env, events, delivery, deliveryNotice,
      visitAnswers: () => visitAnswers,
      startedAt: () => startedAt ?? renderedAt,
    });
    const start = runtime.start;
    const knowsSomething = start.returning !== null || Object.keys(start.known).length > 0 || Object.keys(start.draft).length > 0;
    if (!stopped && knowsSomething && Object.keys(visitAnswers).length === 0) {
      visitAnswers = start.draft;
      visit.value = start;
      generation.value += 1;
    }
    kitReady.value = true;
    return runtime;
  };
  if (ready) attach(ready);
  else {
    afterFirstPaint(win, () => {
      if (!stopped) kit.load().then(attach, (error: unknown) => console.error("lead-qualifier: the rest of the form could not be loaded.", error));
    });
  }

  // Registered before the delivery's own pagehide listener (the delivery code loads later), so its
  // keepalive flush sends a partial lead built here too.
  const onPageHide = () => runtime?.abandon();
  win.addEventListener("pagehide", onPageHide);
  // A popup closed mid-form is an abandoned visit too.
  let wasOpen = false;
  const unwatchOpen = controller.open.subscribe((open) => {
    if (wasOpen && !open) runtime?.abandon();
    wasOpen = open;
  });

  const restart = (draft: Answers) => {
    watch?.clear();
    startedAt = null;
    renderedAt = env.now();
    visitAnswers = draft;
  };
  const startOver = (start: VisitStart) => {
    visit.value = start;
    restart(start.draft);
    focusOnStart = true;
    generation.value += 1;
  };
  const notYou = () => runtime && startOver(runtime.notYou());

  const FormRoot = () => {
    const { known, draft, returning } = visit.value;
    void kitReady.value;
    const WelcomeBack = kit.current?.WelcomeBack;
    return (
      <WidgetRoot
        mode={config.mode}
        controller={controller}
        launcherLabel={launcherLabel}
        dialogTitle={launcherLabel}
        closeLabel={t(locale, "close")}
        {...(delivery ? { delivery } : {})}
        kiosk={kiosk}
        parts={env.parts}
        form={{
          config,
          locale,
          kit,
          ...(config.productLine ? { productLine: config.productLine } : {}),
          knownAnswers: known,
          budget: config.flow.maxNewQuestionsPerVisit,
          initialAnswers: draft,
          focusOnStart,
          deliveryNotice: notice,
          ...(returning && WelcomeBack ? { header: <WelcomeBack locale={locale} name={returning.name} onNotYou={notYou} /> } : {}),
          onAnswers: (answers) => {
            visitAnswers = answers;
            runtime?.saveDraft(answers);
          },
          onStep: (detail) => events.emit("step", detail),
          onAnswer: (detail) => {
            startedAt ??= env.now();
            events.emit("answer", detail);
          },
          // Only reachable through Submit, which waited for the kit.
          onComplete: (result) => (kit.current ? attach(kit.current).complete(result) : undefined),
          onCallMeNow: (phone) => runtime?.callMeNow(phone),
          onRestart: () => {
            runtime?.restarted();
            restart({});
          },
        }}
      />
    );
  };

  const launcherLabel = config.launcher ? localize(config.launcher.label, locale) : t(locale, "launcher");
  render(<FormRoot />, container);

  return {
    open: () => void (config.mode === "popup" && (controller.open.value = true)),
    close: () => void (controller.open.value = false),
    reset() {
      runtime?.reset();
      startOver({ ...visit.value, draft: {} });
    },
    stop() {
      stopped = true;
      win.removeEventListener("pagehide", onPageHide);
      unwatchOpen();
      render(null, container);
      watch?.stop();
      delivery?.stop();
    },
    outbox: () => delivery?.entries() ?? [],
  };
}
