// The bench's floor (scripts/bench/bench-pages.mjs builds it): the least a landing page can ship for a
// step-by-step lead form of the same questions, written the way issue 10 measured it: Preact + signals +
// zod/mini. One question per step; Next validates the step's answer with a zod/mini schema built from the
// question (an email address, one of the options, a ticked consent) and shows the message next to the
// field; the last step POSTs the answers. The whole form JSON (questions, scoring, outcomes) is compiled
// in, so the floor has the same config data in reach as the widget, without a request for it. No shadow
// root, no stylesheet, no storage, no scoring: a lower bound the widget is compared with, not a rival.
import { signal } from "@preact/signals";
import { render } from "preact";
import * as z from "zod/mini";

interface FloorQuestion {
  id: string;
  type: string;
  label: string;
  required?: boolean;
  options?: Array<{ value: string; label: string }>;
}

interface FloorForm {
  endpoint: string;
  questions: FloorQuestion[];
}

declare const __BENCH_FORM__: FloorForm;

// As in the widget: no `new Function` probe, so a strict CSP page stays free of violation reports.
z.config({ jitless: true });

const form = __BENCH_FORM__;
const questions = form.questions;

/** One schema per question: what Next checks before moving on. */
function schemaFor(question: FloorQuestion): z.ZodMiniType {
  const values = (question.options ?? []).map((option) => option.value);
  const choice = z.enum(values as [string, ...string[]], "Choose one of the options");
  const required = (schema: z.ZodMiniType) => (question.required ? schema : z.optional(schema));
  switch (question.type) {
    case "email":
      return required(z.email("Enter an email address like name@company.com"));
    case "single":
    case "select":
      return required(choice);
    case "multi":
      return question.required ? z.array(choice).check(z.minLength(1, "Choose at least one")) : z.optional(z.array(choice));
    case "consent":
      return question.required ? z.literal(true, "Please agree to continue") : z.optional(z.boolean());
    default:
      return required(z.string().check(z.minLength(1, "Please answer this question")));
  }
}

const schemas = new Map(questions.map((question) => [question.id, schemaFor(question)]));
const step = signal(0);
const answers = signal<Record<string, unknown>>({});
const error = signal<string | null>(null);
const set = (id: string, value: unknown) => (answers.value = { ...answers.value, [id]: value });

function Field({ question }: { question: FloorQuestion }) {
  const value = answers.value[question.id];
  const invalid = error.value !== null;
  const described = invalid ? { "aria-invalid": true, "aria-describedby": "floor-error" } : {};
  if (question.type === "single" || question.type === "multi") {
    const picked = Array.isArray(value) ? value : [];
    return (
      <fieldset {...described}>
        <legend>{question.label}</legend>
        {question.options?.map((option) => (
          <label key={option.value}>
            <input
              type={question.type === "single" ? "radio" : "checkbox"}
              name={question.id}
              checked={question.type === "single" ? value === option.value : picked.includes(option.value)}
              onChange={(e) =>
                void set(
                  question.id,
                  question.type === "single"
                    ? option.value
                    : e.currentTarget.checked ? [...picked, option.value] : picked.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (question.type === "select") {
    return (
      <label>
        {question.label}
        <select value={String(value ?? "")} onChange={(e) => void set(question.id, e.currentTarget.value || undefined)} {...described}>
          <option value="">Choose…</option>
          {question.options?.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </label>
    );
  }
  if (question.type === "consent") {
    return (
      <label>
        <input type="checkbox" checked={value === true} onChange={(e) => void set(question.id, e.currentTarget.checked)} {...described} />
        {question.label}
      </label>
    );
  }
  const onInput = (e: { currentTarget: HTMLInputElement }) => void set(question.id, e.currentTarget.value.trim() || undefined);
  return (
    <label>
      {question.label}
      {question.type === "email" ? (
        <input type="email" autocomplete="email" value={String(value ?? "")} onInput={onInput} {...described} />
      ) : (
        <input type="text" value={String(value ?? "")} onInput={onInput} {...described} />
      )}
    </label>
  );
}

function Form() {
  const question = questions[step.value];
  if (!question) return <h2>Thank you</h2>;
  const next = (event: Event) => {
    event.preventDefault();
    const checked = z.safeParse(schemas.get(question.id)!, answers.value[question.id]);
    error.value = checked.success ? null : (checked.error.issues[0]?.message ?? "Please check this answer");
    if (!checked.success) return;
    if (step.value === questions.length - 1) {
      void fetch(form.endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(answers.value) });
    }
    step.value += 1;
  };
  return (
    <form onSubmit={next} noValidate>
      <h2>{question.label}</h2>
      <Field question={question} />
      {error.value && <p id="floor-error" role="alert">{error.value}</p>}
      <button type="submit">{step.value === questions.length - 1 ? "Submit" : "Next"}</button>
    </form>
  );
}

render(<Form />, document.querySelector("[data-floor]")!);
