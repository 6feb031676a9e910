import { signal } from "@preact/signals";
import { render } from "preact";
import { localize } from "../config/localize";
import type { Config, Lead } from "../config/types";
import { captureAttribution, pageUrlWithoutFragment } from "../delivery/attribution";
import type { OutboxEntry } from "../delivery/outbox-entry";
import { safeStorage } from "../delivery/safe-storage";
import { pickLocale } from "../i18n/pick-locale";
import { t } from "../i18n/t";
import { completedLead } from "./completed-lead";
import type { Emitter } from "./emitter";
import type { MountEnv } from "./mount";
import { newLeadId } from "./new-lead-id";
import { WidgetRoot, type WidgetController } from "./widget-root";

export interface StartFormOptions {
  container: Element;
  config: Config;
  events: Emitter;
  env: MountEnv;
}

export interface RunningForm {
  open(): void;
  close(): void;
  reset(): void;
  stop(): void;
  outbox(): OutboxEntry[];
}

/**
 * Runs a validated form in `container`: picks the locale, starts this widget's delivery (one per
 * mounted widget; two widgets of the same form share its outbox storage, and the outbox lease
 * keeps them from sending a lead twice), renders the widget, and turns a completed form into a
 * lead: `qualified`, then `submit`, then `delivery.submit` — never awaited, so the outcome
 * screen shows at once whatever the network does.
 *
 * @example const form = startForm({ container, config, events, env }); form.open();
 */
export function startForm({ container, config, events, env }: StartFormOptions): RunningForm {
  const win = env.window;
  const locale = pickLocale([config.locale, ...win.navigator.languages]);
  const delivery = env.startDelivery({
    endpoint: config.endpoint,
    formId: config.id,
    timeoutMs: config.delivery.timeoutMs,
    keepDeliveredLeads: config.mode === "kiosk",
    onDelivered: (leadId) => events.emit("delivered", { leadId }),
    onError: (error) => events.emit("error", error),
  });
  const attribution = readAttribution(win, config);
  const controller: WidgetController = { open: signal(false), generation: signal(0) };
  let renderedAt = env.now();
  // Fill time counts from the first answer: a popup may sit closed for minutes before anyone starts.
  let startedAt: Date | null = null;

  // Returns the lead so the kiosk shell can show its giveaway code; other modes ignore it.
  const complete = (answers: Parameters<typeof completedLead>[0]["answers"], honeypot: boolean): Lead | undefined => {
    try {
      const lead = completedLead({
        config, locale, answers, honeypot,
        leadId: newLeadId(env.crypto),
        visitorId: null,
        startedAt: startedAt ?? renderedAt,
        submittedAt: env.now(),
        pageUrl: pageUrlWithoutFragment(win.location.href),
        referrer: attribution.referrer,
        utm: attribution.utm,
        params: attribution.params,
        visit: 1,
      });
      events.emit("qualified", { score: lead.score });
      events.emit("submit", { lead });
      delivery.submit(lead);
      return lead;
    } catch (error) {
      console.error("lead-qualifier: the lead could not be built", error);
      events.emit("error", { code: "submit_failed", message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };

  const launcherLabel = config.launcher ? localize(config.launcher.label, locale) : t(locale, "launcher");
  render(
    <WidgetRoot
      mode={config.mode}
      controller={controller}
      launcherLabel={launcherLabel}
      dialogTitle={launcherLabel}
      closeLabel={t(locale, "close")}
      delivery={delivery}
      form={{
        config,
        locale,
        ...(config.productLine ? { productLine: config.productLine } : {}),
        onStep: (detail) => events.emit("step", detail),
        onAnswer: (detail) => {
          startedAt ??= env.now();
          events.emit("answer", detail);
        },
        onComplete: ({ answers, honeypot }) => complete(answers, honeypot),
        onRestart: () => {
          startedAt = null;
          renderedAt = env.now();
        },
      }}
    />,
    container,
  );

  return {
    open: () => void (config.mode === "popup" && (controller.open.value = true)),
    close: () => void (controller.open.value = false),
    reset() {
      startedAt = null;
      renderedAt = env.now();
      controller.generation.value += 1;
    },
    stop() {
      render(null, container);
      delivery.stop();
    },
    outbox: () => delivery.entries(),
  };
}

/** UTM and extra params of the landing page, kept for the session so a later page still carries them. */
function readAttribution(win: Window, config: Config) {
  return captureAttribution({
    url: new URL(win.location.href),
    referrer: win.document.referrer,
    // Blocked storage (privacy settings, sandboxed iframe) degrades to this page's attribution only.
    sessionStorage: safeStorage(() => win.sessionStorage, { warn: () => {} }),
    params: config.hiddenFields.params,
  });
}
