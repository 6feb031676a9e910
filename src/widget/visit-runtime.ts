import type { Answers, Config, Lead } from "../config/types";
import type { BoothFacts } from "../qualify/build-lead";
import { pageUrlWithoutFragment } from "../delivery/attribution";
import type { Delivery } from "../delivery/create-delivery";
import { callMeNowQuestion } from "../qualify/call-me-now-question";
import { completedLead } from "./completed-lead";
import type { DeliveryNoticeWatch } from "./delivery-notice";
import type { Emitter } from "./emitter";
import { createLeadChain } from "./lead-chain";
import type { MountEnv } from "./mount";
import { newLeadId } from "./new-lead-id";
import { createPartialCapture } from "./partial-capture";
import { readAttribution } from "./read-attribution";
import { submittedAnswers } from "./submitted-answers";
import { createVisitSession, type VisitStart } from "./visit-session";

export interface VisitRuntimeOptions {
  config: Config;
  locale: string;
  env: Pick<MountEnv, "window" | "now" | "crypto">;
  events: Emitter;
  delivery: Delivery;
  deliveryNotice: DeliveryNoticeWatch;
  /** This visit's answers as they stand (the form shell keeps them, keystrokes included). */
  visitAnswers(): Answers;
  /** When the visit started: the first answer, else when its first screen was rendered. */
  startedAt(): Date;
}

/** One mounted widget's visits after the first paint: storage, and turning answers into leads. */
export interface VisitRuntime {
  /** What storage and the URL knew when the runtime started (profile, `?lq_` prefill, the tab's draft). */
  readonly start: VisitStart;
  /** Keeps this visit's answers for a reload (per tab). */
  saveDraft(answers: Answers): void;
  /**
   * Builds and delivers the lead of a completed form; `undefined` when it could not be built (reported).
   * A kiosk adds its booth facts and the language the visitor chose at the attract screen.
   */
  complete(result: { answers: Answers; honeypot: boolean; booth?: BoothFacts; locale?: string }): Lead | undefined;
  /** The sales-ready visitor left a phone number: the complete lead again with it, superseding it. */
  callMeNow(phone: string): void;
  /** "Start over" after the outcome: a new visit in the same widget. */
  restarted(): void;
  /** "Not you?": forgets the visitor; the fresh start to render. */
  notYou(): VisitStart;
  /** `handle.reset()`: the page may be handed to someone else. */
  reset(): void;
  /** The visit was left (pagehide, popup closed mid-form): a partial lead when the config asks for one. */
  abandon(): void;
}

/**
 * Wires a form's visits once its first question is on screen (this is the form kit part): reads the
 * visitor profile, `?lq_` prefill and the tab's draft (the first render never waits for storage), and
 * turns a completed form into a lead: `qualified`, then `submit`, then `delivery.submit` — never
 * awaited, so the outcome screen shows at once whatever the network does.
 *
 * Progressive profiling (SPEC 6, outside kiosk mode): the profile and prefill are known answers, the
 * tab's draft restores a visit after a reload, the lead carries everything known and the profile is
 * saved on submit when `canRemember` allows (its `visitorId` goes on the lead). With
 * `flow.capturePartial`, an abandoned visit is sent once as a partial lead.
 *
 * @example const runtime = createVisitRuntime({ config, locale, env, events, delivery, deliveryNotice, visitAnswers, startedAt });
 */
export function createVisitRuntime(options: VisitRuntimeOptions): VisitRuntime {
  const { config, locale, env, events, delivery, deliveryNotice } = options;
  const win = env.window;
  const session = createVisitSession({
    config,
    host: win as unknown as Parameters<typeof createVisitSession>[0]["host"],
    now: () => env.now().getTime(),
    randomId: () => newLeadId(env.crypto),
  });
  let visit = session.start();
  const chain = createLeadChain({ kiosk: config.mode === "kiosk", remembered: visit.previous });
  const attribution = readAttribution(win, config);
  const partial = createPartialCapture({
    config,
    answers: () => submittedAnswers(config, { ...visit.known, ...options.visitAnswers() }, config.productLine),
    send: (answers) => void build(answers, false, "partial"),
  });
  // Only a visit where the visitor answered something is abandoned; the profile alone is no news.
  const abandon = () => void (Object.keys(options.visitAnswers()).length > 0 && partial.abandon());

  // The last complete lead's answers: a "call me now" number is sent as an update of them.
  let completed: { answers: Answers; honeypot: boolean } | null = null;

  // Builds and delivers a lead; a complete one also goes to the events and is returned so the
  // kiosk shell can show its giveaway code. An "update" (call me now) is the complete lead again
  // with the phone number, superseding it: `submit` fires for it, `qualified` does not (the tier
  // was announced already).
  const build = (answers: Answers, honeypot: boolean, kind: "complete" | "partial" | "update", booth?: BoothFacts, visitLocale = locale): Lead | undefined => {
    const isPartial = kind === "partial";
    try {
      const draft = completedLead({
        config, locale: visitLocale, answers, honeypot,
        ...(booth ? { booth } : {}),
        leadId: newLeadId(env.crypto),
        visitorId: null,
        startedAt: options.startedAt(),
        submittedAt: env.now(),
        pageUrl: pageUrlWithoutFragment(win.location.href),
        referrer: attribution.referrer,
        utm: attribution.utm,
        params: attribution.params,
        visit: visit.visit,
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

  return {
    get start() {
      return visit;
    },
    saveDraft: (answers) => session.saveDraft(answers),
    complete: ({ answers, honeypot, booth, locale: visitLocale }) => build(answers, honeypot, "complete", booth, visitLocale),
    callMeNow(phone) {
      const question = callMeNowQuestion(config);
      if (completed && question) build({ ...completed.answers, [question.id]: phone }, completed.honeypot, "update");
    },
    restarted() {
      session.clearDraft();
      partial.restart();
    },
    notYou() {
      session.forget();
      visit = session.start();
      chain.forget();
      partial.restart();
      return visit;
    },
    reset() {
      chain.reset();
      session.clearDraft();
      visit = { ...visit, draft: {} };
      partial.restart();
    },
    abandon,
  };
}
