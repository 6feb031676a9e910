// The bench's floor (scripts/bench.mjs builds it): Preact + signals and a minimal hand-written form of
// the same questions the widget is measured with, one per step, no shadow DOM, no config loading, no
// validation beyond `required`. What a landing page cannot do with less; the widget is compared to it.
import { signal } from "@preact/signals";
import { render } from "preact";

interface FloorQuestion {
  id: string;
  type: string;
  label: string;
  required?: boolean;
  options?: Array<{ value: string; label: string }>;
}

declare const __BENCH_QUESTIONS__: FloorQuestion[];

const questions = __BENCH_QUESTIONS__;
const step = signal(0);
const answers = signal<Record<string, unknown>>({});
const set = (id: string, value: unknown) => (answers.value = { ...answers.value, [id]: value });

function Field({ question }: { question: FloorQuestion }) {
  const value = answers.value[question.id];
  if (question.type === "single" || question.type === "multi") {
    return (
      <fieldset>
        <legend>{question.label}</legend>
        {question.options?.map((option) => (
          <label key={option.value}>
            <input
              type={question.type === "single" ? "radio" : "checkbox"}
              name={question.id}
              checked={Array.isArray(value) ? value.includes(option.value) : value === option.value}
              onChange={() => void set(question.id, option.value)}
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
        <select value={String(value ?? "")} onChange={(e) => void set(question.id, e.currentTarget.value)}>
          <option value="">Choose…</option>
          {question.options?.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </label>
    );
  }
  if (question.type === "consent") {
    return (
      <label>
        <input type="checkbox" required={question.required} onChange={(e) => void set(question.id, e.currentTarget.checked)} />
        {question.label}
      </label>
    );
  }
  const onInput = (e: { currentTarget: HTMLInputElement }) => void set(question.id, e.currentTarget.value);
  return (
    <label>
      {question.label}
      {question.type === "email" ? <input type="email" required={question.required} onInput={onInput} /> : <input required={question.required} onInput={onInput} />}
    </label>
  );
}

function Form() {
  const question = questions[step.value];
  if (!question) return <h2>Thank you</h2>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        step.value += 1;
      }}
    >
      <h2>{question.label}</h2>
      <Field question={question} />
      <button type="submit">{step.value === questions.length - 1 ? "Submit" : "Next"}</button>
    </form>
  );
}

render(<Form />, document.querySelector("[data-floor]")!);
