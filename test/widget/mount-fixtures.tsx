// Shared by the mount*.test.tsx files: a small valid config, a stand-in LeadForm and a fake delivery.
import { useLayoutEffect } from "preact/hooks";
import { expect, vi } from "vitest";
import type { Lead } from "../../src/config/types";
import type { Delivery } from "../../src/delivery/create-delivery";
import type { LeadFormProps } from "../../src/widget/lead-form";
import type { MountEnv } from "../../src/widget/mount";

export const rawConfig = {
  id: "test-form",
  endpoint: "https://api.example.com/leads",
  questions: [
    { id: "email", type: "email", label: "Work email", required: true },
    {
      id: "role",
      type: "single",
      label: "Role",
      options: [
        { value: "vp", label: "VP", score: { authority: 25 } },
        { value: "student", label: "Student" },
      ],
    },
    { id: "consent", type: "consent", label: { en: "I agree to be contacted.", de: "Ich bin einverstanden." }, required: true },
  ],
  scoring: {
    rules: [{ if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" }],
    thresholds: { "sales-ready": 20, nurture: 10 },
  },
};

export const ANSWERS = { email: "ana@acme.io", role: "vp", consent: true };

/**
 * Stands in for the real LeadForm (tested on its own): it reports a first step on render, an
 * answer on "Answer", and completes with ANSWERS on "Finish", so these tests exercise only mount().
 */
export function FakeLeadForm(props: LeadFormProps) {
  useLayoutEffect(() => props.onStep?.({ index: 0, total: 3, questionIds: ["email"] }), []);
  return (
    <div class="fake-form" data-locale={props.locale} data-product-line={props.productLine ?? ""}>
      <h2>{props.config.id}</h2>
      <button type="button" onClick={() => props.onAnswer?.({ questionId: "email" })}>Answer</button>
      <button
        type="button"
        onClick={() =>
          // As the real form does: Submit waits for the form kit, which comes after the first paint.
          void props.kit.load().then(() =>
            props.onComplete({
              answers: ANSWERS,
              score: { total: 0, dimensions: { budget: 0, authority: 0, need: 0, timeframe: 0, fit: 0 }, tier: "nurture", reasons: [] },
              honeypot: false,
            }),
          )
        }
      >
        Finish
      </button>
    </div>
  );
}

export interface FakeDelivery extends Delivery {
  submitted: Lead[];
  options: Parameters<NonNullable<MountEnv["startDelivery"]>>[0] | undefined;
}

export function fakeDelivery(): { delivery: FakeDelivery; startDelivery: NonNullable<MountEnv["startDelivery"]> } {
  const delivery: FakeDelivery = {
    submitted: [],
    options: undefined,
    submit: vi.fn((lead: Lead) => void delivery.submitted.push(lead)),
    flush: vi.fn(async () => {}),
    entries: vi.fn(() => delivery.submitted.map((lead) => ({ lead, status: "pending" as const, attempts: 0, nextAttemptAt: 0, createdAt: 0 }))),
    history: vi.fn(() => []),
    entry: (leadId: string) => delivery.entries().find((e) => e.lead.leadId === leadId),
    progress: () => ({ active: false, done: 0, total: 0, delivered: 0 }),
    storage: () => ({ kind: "indexeddb" as const, unsaved: [], loaded: true }),
    subscribe: vi.fn(() => () => {}),
    stop: vi.fn(),
  };
  return {
    delivery,
    startDelivery: (options) => {
      delivery.options = options;
      return delivery;
    },
  };
}

/** A clock that advances 10 s per call, so fill times are well above minFillSeconds. */
export function steppingClock(start = Date.UTC(2026, 10, 23, 12, 0, 0)): () => Date {
  let now = start;
  return () => new Date((now += 10_000));
}

export function host(attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement("div");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** Waits for the held events (released on a timer after mount). */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** After each mount test: let held events go out, then clear the page, both storages and the spies. */
export async function clearMountedPage(): Promise<void> {
  await tick();
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
}

/**
 * Waits until the widget's form kit has arrived (right after the first paint), which is when a real
 * form's Next and Submit act at once: its delivery notice then subscribes to the delivery.
 */
export async function kitAttached(delivery: FakeDelivery): Promise<void> {
  await vi.waitFor(() => expect(delivery.subscribe).toHaveBeenCalled(), { timeout: 5_000 });
}
