import { signal } from "@preact/signals";
import { render } from "preact";
import { localize } from "../config/localize";
import type { Answers, Config, Lead } from "../config/types";
import { pageUrlWithoutFragment } from "../delivery/attribution";
import type { OutboxEntry } from "../delivery/outbox-entry";
import { pickLocale } from "../i18n/pick-locale";
import { t } from "../i18n/t";
import { callMeNowQuestion } from "../qualify/call-me-now-question";
import { completedLead } from "./completed-lead";
import type { Emitter } from "./emitter";
import type { MountEnv } from "./mount";
import { newLeadId } from "./new-lead-id";
import { watchDeliveryNotice } from "./delivery-notice";
import { createLeadChain } from "./lead-chain";
import { createPartialCapture } from "./partial-capture";
import { submittedAnswers } from "./submitted-answers";
import { createVisitSession } from "./visit-session";
import { readAttribution } from "./read-attribution";
import { WelcomeBack } from "./welcome-back";
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
 * Progressive profiling (SPEC 6, outside kiosk mode): the visitor profile and `?lq_` prefill are
 * known answers, this visit asks at most `flow.maxNewQuestionsPerVisit` new questions, the tab's
 * draft restores a visit after a reload, the lead carries everything known and the profile is
 * saved on submit when `canRemember` allows (its `visitorId` goes on the lead). A returning
 * visitor is greeted with a `Not you?` control; with `flow.capturePartial`, an abandoned visit is
 * sent once as a partial lead.
 *
 * @example const form = startForm({ container, config, events, env }); form.open();
 */
export function startForm({ container, config, events, env }: StartFormOptions): RunningForm {
  const win = env.window;
  const locale = pickLocale([config.locale, ...win.navigator.languages]);
  const session = createVisitSession({
    config,
    host: win as unknown as Parameters<typeof createVisitSession>[0]["host"],
    now: () => env.now().getTime(),
    randomId: () => newLeadId(env.crypto),
  });
  const visit = signal(session.start());
  const generation = signal(0);
  const chain = createLeadChain({ kiosk: config.mode === "kiosk", remembered: visit.value.previous });
  // This visit's answers, so a partial lead can be built from outside the form.
  let visitAnswers: Answers = visit.value.draft;
  const partial = createPartialCapture({
    config,
    answers: () => submittedAnswers(config, { ...visit.value.known, ...visitAnswers }, config.productLine),
    send: (answers) => void build(answers, false, "partial"),
  });
  // Only a visit where the visitor answered something is abandoned; the profile alone is no news.
  const abandon = () => void (Object.keys(visitAnswers).length > 0 && partial.abandon());
  // Registered before the delivery's own pagehide listener, so its keepalive flush sends this lead too.
  const onPageHide = abandon;
  win.addEventListener("pagehide", onPageHide);
  const delivery = env.startDelivery({
    endpoint: config.endpoint,
    formId: config.id,
    timeoutMs: config.delivery.timeoutMs,
    keepDeliveredLeads: config.mode === "kiosk",
    onDelivered: (leadId) => events.emit("delivered", { leadId }),
    onError: (error) => events.emit("error", error),
  });
  const deliveryNotice = watchDeliveryNotice(delivery, config.mode === "kiosk");
  const attribution = readAttribution(win, config);
  const controller: WidgetController = { open: signal(false), generation };
  // A popup closed mid-form is an abandoned visit too.
  let wasOpen = false;
  const unwatchOpen = controller.open.subscribe((open) => {
    if (wasOpen && !open) abandon();
    wasOpen = open;
  });
  let renderedAt = env.now();
  // Fill time counts from the first answer: a popup may sit closed for minutes before anyone starts.
  let startedAt: Date | null = null;

  const restart = (draft: Answers) => {
    deliveryNotice.clear();
    startedAt = null;
    renderedAt = env.now();
    visitAnswers = draft;
    partial.restart();
  };

  // The last complete lead's answers: a "call me now" number is sent as an update of them.
  let completed: { answers: Answers; honeypot: boolean } | null = null;

  // Builds and delivers a lead; a complete one also goes to the events and is returned so the
  // kiosk shell can show its giveaway code. An "update" (call me now) is the complete lead again
  // with the phone number, superseding it: `submit` fires for it, `qualified` does not (the tier
  // was announced already).
  const build = (answers: Answers, honeypot: boolean, kind: "complete" | "partial" | "update"): Lead | undefined => {
    const isPartial = kind === "partial";
    try {
      const draft = completedLead({
        config, locale, answers, honeypot,
        leadId: newLeadId(env.crypto),
        visitorId: null,
        startedAt: startedAt ?? renderedAt,
        submittedAt: env.now(),
        pageUrl: pageUrlWithoutFragment(win.location.href),
        referrer: attribution.referrer,
        utm: attribution.utm,
        params: attribution.params,
        visit: visit.value.visit,
        partial: isPartial,
        previous: chain.previous(),
      });
      const ref = { leadId: draft.leadId, tier: draft.score.tier };
      const visitorId = session.remember(answers, draft.consent?.given === true, ref);
      const lead = visitorId === null ? draft : { ...draft, visitorId };
      chain.sent(ref, visitorId !== null);
      if (kind === "complete") {
        completed = { answers, honeypot };
        partial.completed();
        session.clearDraft();
        events.emit("qualified", { score: lead.score });
      }
      if (!isPartial) events.emit("submit", { lead });
      delivery.submit(lead);
      if (!isPartial) deliveryNotice.track(lead.leadId);
      return lead;
    } catch (error) {
      console.error("lead-qualifier: the lead could not be built", error);
      events.emit("error", { code: "submit_failed", message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };

  const notYou = () => {
    session.forget();
    visit.value = session.start();
    chain.forget();
    restart({});
    generation.value += 1;
  };

  const FormRoot = () => {
    const { known, draft, returning } = visit.value;
    return (
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
          knownAnswers: known,
          budget: config.flow.maxNewQuestionsPerVisit,
          initialAnswers: draft,
          focusOnStart: generation.value > 0,
          deliveryNotice: deliveryNotice.notice,
          ...(returning ? { header: <WelcomeBack locale={locale} name={returning.name} onNotYou={notYou} /> } : {}),
          onAnswers: (answers) => {
            visitAnswers = answers;
            session.saveDraft(answers);
          },
          onStep: (detail) => events.emit("step", detail),
          onAnswer: (detail) => {
            startedAt ??= env.now();
            events.emit("answer", detail);
          },
          onComplete: ({ answers, honeypot }) => build(answers, honeypot, "complete"),
          onCallMeNow: (phone) => {
            const question = callMeNowQuestion(config);
            if (completed && question) build({ ...completed.answers, [question.id]: phone }, completed.honeypot, "update");
          },
          onRestart: () => {
            session.clearDraft();
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
      chain.reset();
      session.clearDraft();
      visit.value = { ...visit.value, draft: {} };
      restart({});
      generation.value += 1;
    },
    stop() {
      win.removeEventListener("pagehide", onPageHide);
      unwatchOpen();
      render(null, container);
      deliveryNotice.stop();
      delivery.stop();
    },
    outbox: () => delivery.entries(),
  };
}
