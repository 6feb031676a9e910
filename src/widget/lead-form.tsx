import type { ReadonlySignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect, useId, useMemo, useRef } from "preact/hooks";
import type { Answers, AnswerValue, Question, Score } from "../config/types";
import type { BoothFacts } from "../qualify/build-lead";
import { applyFocusRequest } from "./focus-request";
import { currentStep, goBack, mergedAnswers, type FormContext } from "./form-steps";
import { createFormState, resetFormState, setAnswer } from "./form-state";
import { t } from "../i18n/t";
import { isAnswered } from "../qualify/answer-utils";
import { visitSteps } from "./visit-steps";
import type { DeliveryNotice } from "./delivery-notice";
import type { FormKit, FormKitSource } from "./form-kit-source";
import { Progress } from "./progress";
import { useKit } from "./use-kit";
import { StepForm } from "./steps/step-form";
import { useStableHeight } from "./use-stable-height";

export interface LeadFormProps {
  /** A validated config. */
  config: FormContext["config"];
  /** The UI locale, already chosen by the caller (see `pickLocale`). */
  locale: string;
  /**
   * Scoring, the email suggestion and the outcome screen (the form kit part): the first question
   * renders without it; Next waits for it when pressed before it arrived.
   */
  kit: FormKitSource;
  /** Fixed by data-product-line / config; when absent the product-line picker question is asked. */
  productLine?: string;
  /** Remembered or prefilled answers (progressive profiling): not asked again. */
  knownAnswers?: Answers;
  /** The exact questions to ask this visit (planned by the profile module); default: all applicable unanswered. */
  questionIds?: string[];
  /** Progressive profiling: at most this many new questions this visit, re-planned as answers change. */
  budget?: number;
  /** This visit's answers restored from the tab's draft; the form resumes at the first open step. */
  initialAnswers?: Answers;
  /** Every change to this visit's answers (keystrokes included), e.g. to save the draft. */
  onAnswers?(answers: Answers): void;
  /** Focus the first step's heading on mount (a restart the visitor asked for, e.g. "Not you?"). */
  focusOnStart?: boolean;
  onStep?(detail: { index: number; total: number; questionIds: string[] }): void;
  onAnswer?(detail: { questionId: string }): void;
  /** Called once when the visitor submits the last step; the form then shows the outcome. */
  onComplete(result: FormResult): void;
  /** "Start over" on the outcome screen (shown only when this is given). */
  onRestart?(): void;
  /** A sales-ready visitor asked to be called now at this number (offered only when this is given). */
  onCallMeNow?(phone: string): void;
  /** A slot above the form, e.g. the profile module's "Welcome back" line. */
  header?: ComponentChildren;
  /** What the outcome must admit about the lead's delivery (refused, or not getting through). */
  deliveryNotice?: ReadonlySignal<DeliveryNotice | null>;
}

/**
 * A completed form. The kiosk adds what the booth knows (the badge, staff input, who captured it) and
 * the language the visitor chose; the visit runtime builds the lead from all of it.
 */
export interface FormResult {
  answers: Answers;
  score: Score;
  honeypot: boolean;
  booth?: BoothFacts;
  locale?: string;
}

// useId is only unique within one render root, and every widget is its own root; ids must
// also stay unique when two widgets render into the same document without a shadow root.
let instances = 0;

/** How long a picked option stays visible before auto-advance moves on. */
export const AUTO_ADVANCE_MS = 250;

/**
 * The step-by-step lead form (SPEC 10): one `<form>` per step, progress, validation tied to the
 * fields, focus on each new step's heading (never on first render: the host page keeps its
 * focus), then the outcome for the tier. Steps are derived from the answers on every render.
 *
 * @example <LeadForm config={config} locale="en" onComplete={({ score }) => console.log(score.tier)} />
 */
export function LeadForm(props: LeadFormProps) {
  const { config, locale } = props;
  const state = useMemo(() => initialState(props), []);
  const idPrefix = `lq${useMemo(() => ++instances, [])}${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const root = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { withKit, notLoaded } = useKit(props.kit);
  const committed = useRef<Record<string, string>>({});
  // Steps are planned with the kit's email classifier once it is there (a `showIf` on an email's class).
  const classifyEmail = props.kit.current?.classifyEmail;
  const ctx: FormContext = classifyEmail ? { ...props, classifyEmail } : props;
  const kiosk = config.mode === "kiosk";
  useStableHeight(root, idPrefix, !kiosk);

  const result = state.result.value;
  const focus = state.focus.value;
  const { steps, index, step } = currentStep(state, ctx);
  const stepIds = step.map((question) => question.id);

  useEffect(() => {
    if (focus && root.current && applyFocusRequest(root.current, focus)) state.focus.value = null;
  }, [focus, result, index]);

  useEffect(() => {
    if (!result) props.onStep?.({ index, total: steps.length, questionIds: stepIds });
  }, [index, stepIds.join("\n"), result === null]);

  useEffect(() => () => cancelAutoAdvance(), []);

  function cancelAutoAdvance() {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }

  function next() {
    cancelAutoAdvance();
    // Pressed before the kit arrived (it loads right after the first paint), Next waits for it.
    withKit(advance);
  }

  function advance(kit: FormKit) {
    const outcome = kit.goNext(state, ctx);
    if (outcome.kind === "submitted") {
      props.onComplete({ answers: outcome.answers, score: outcome.score, honeypot: state.honeypot.value !== "" });
    }
  }

  function onValue(question: Question, value: AnswerValue | undefined, commit: boolean) {
    setAnswer(state, question.id, value);
    props.onAnswers?.(state.answers.value);
    if (!commit) return;
    const key = JSON.stringify(value ?? null);
    if (committed.current[question.id] === key) return;
    committed.current[question.id] = key;
    props.onAnswer?.({ questionId: question.id });
  }

  function onPick() {
    if (!config.flow.autoAdvance || step.length !== 1) return;
    cancelAutoAdvance();
    timer.current = setTimeout(next, AUTO_ADVANCE_MS);
  }

  function restart() {
    cancelAutoAdvance();
    committed.current = {};
    resetFormState(state);
    props.onRestart?.();
  }

  // Errors and a result exist only after goNext, which had the kit.
  const kit = props.kit.current;
  const Outcome = result ? kit?.Outcome : undefined;
  const errors = Object.fromEntries(
    step.flatMap((question) => {
      const error = state.errors.value[question.id];
      return error && kit ? [[question.id, kit.errorMessage(locale, error, question)]] : [];
    }),
  );

  return (
    <div class="lq-form" data-lq-form={idPrefix} ref={root}>
      {props.header !== undefined && <div class="lq-header">{props.header}</div>}
      {result && Outcome ? (
        <Outcome
          config={config}
          locale={locale}
          tier={result.score.tier}
          answers={result.answers}
          notice={props.deliveryNotice?.value ?? null}
          onRestart={props.onRestart ? restart : undefined}
          onCallMeNow={props.onCallMeNow}
          idPrefix={idPrefix}
        />
      ) : (
        <>
          {steps.length === 0 && <p class="lq-nothing-new">{t(locale, "nothingNew")}</p>}
          {steps.length > 0 && (
            <Progress locale={locale} current={index + 1} total={steps.length} byStep={steps.some((s) => s.length > 1)} />
          )}
          <StepForm
            key={stepIds.join("\n")}
            config={config}
            locale={locale}
            step={step}
            index={index}
            total={steps.length}
            answers={mergedAnswers(state, ctx)}
            errors={errors}
            suggestions={state.suggestions.value}
            Suggestion={kit?.EmailSuggestion}
            fields={kit ?? undefined}
            idPrefix={idPrefix}
            kiosk={kiosk}
            honeypot={state.honeypot.value}
            onValue={onValue}
            onPick={onPick}
            onBlur={(question) => {
              const kit = props.kit.current;
              if (kit && question.type === "email") kit.showSuggestion(state, question.id, state.answers.value[question.id]);
            }}
            onAcceptSuggestion={(question, email) => {
              onValue(question, email, true);
              state.focus.value = { kind: "field", questionId: question.id };
            }}
            onHoneypot={(value) => (state.honeypot.value = value)}
            onBack={() => {
              cancelAutoAdvance();
              goBack(state, ctx);
            }}
            onSubmit={next}
          />
          {notLoaded && <p class="lq-error" role="alert">{t(locale, "notLoaded")}</p>}
        </>
      )}
    </div>
  );
}

/** A fresh state, or one resumed from a draft at the first step with an unanswered question. */
function initialState(props: LeadFormProps) {
  const state = createFormState();
  if (props.focusOnStart) state.focus.value = { kind: "heading" };
  const answers = props.initialAnswers;
  if (!answers || Object.keys(answers).length === 0) return state;
  state.answers.value = { ...answers };
  const classifyEmail = props.kit.current?.classifyEmail;
  const steps = visitSteps({ ...props, answers, ...(classifyEmail ? { classifyEmail } : {}) });
  const open = steps.findIndex((step) => step.some((question) => !isAnswered(answers[question.id])));
  state.stepIndex.value = open === -1 ? Math.max(0, steps.length - 1) : open;
  return state;
}
