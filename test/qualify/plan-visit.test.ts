import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers, AnswerValue, Config, Question } from "../../src/config/types";
import { applicableQuestions } from "../../src/qualify/applicable-questions";
import { validateConfig } from "../../src/config/validate-config";
import { evaluateCondition } from "../../src/qualify/evaluate-condition";
import { isContactQuestion } from "../../src/qualify/is-contact-question";
import { planVisit } from "../../src/qualify/plan-visit";
import { trustedKnown } from "../../src/qualify/trusted-known";
import { validateAnswer } from "../../src/qualify/validate-answer";
import { makeConfig, PRODUCT_LINES } from "../profile/make-config";

const ids = (questions: Question[]) => questions.map((q) => q.id);

describe("planVisit", () => {
  it("asks the contact questions first and outside the budget, then the open questions in config order, consent last", () => {
    // Email is a contact question (extra); the budget of 3 goes to role (read by a rule),
    // timeframe (25 points) and employees (10); consent is extra.
    expect(ids(planVisit({ config: makeConfig(), known: {}, answers: {} }))).toEqual(["email", "role", "timeframe", "employees", "terms"]);
  });

  it("never asks again what the profile or the URL already told", () => {
    const known = { email: "ana@acme.io", role: "vp", timeframe: "now" };
    expect(ids(planVisit({ config: makeConfig(), known, answers: {} }))).toEqual(["name", "employees", "notes", "terms"]);
  });

  it("ranks required, then rule-read, then attainable points (clamped to scoring.max), then config order", () => {
    // employees can add 40 fit points but fit is capped at 10, so timeframe (25) ranks above it.
    expect(ids(planVisit({ config: makeConfig(), known: {}, answers: {}, budget: 2 }))).toEqual(["email", "role", "timeframe", "terms"]);
    expect(ids(planVisit({ config: makeConfig(), known: {}, answers: {}, budget: 4 }))).toEqual(
      ["email", "name", "role", "timeframe", "employees", "terms"],
    );
    const required = makeConfig({ questions: [...makeConfig().questions.map((q) => (q.id === "notes" ? { ...q, required: true } : q))] });
    expect(ids(planVisit({ config: required, known: {}, answers: {}, budget: 1 }))).toEqual(["email", "notes", "terms"]);
  });

  it("asks the contact questions and a required consent even with no budget left, and neither once known", () => {
    expect(ids(planVisit({ config: makeConfig(), known: {}, answers: {}, budget: 0 }))).toEqual(["email", "terms"]);
    expect(ids(planVisit({ config: makeConfig(), known: { terms: true }, answers: {}, budget: 0 }))).toEqual(["email"]);
    expect(ids(planVisit({ config: makeConfig(), known: { email: "ana@acme.io", terms: true }, answers: {}, budget: 0 }))).toEqual([]);
  });

  it("puts an email worth no points and read by no rule first on the first visit (issue 9)", () => {
    const choice = (id: string, points: number) => ({
      id, type: "single" as const, label: id, required: true,
      options: [{ value: "a", label: "A", score: { need: points } }, { value: "b", label: "B" }],
    });
    const config = makeConfig({
      questions: [choice("role", 25), choice("timeframe", 25), choice("budget", 25), { id: "email", type: "email", label: "Email", required: true }],
      scoring: { ...makeConfig().scoring, rules: ["role", "timeframe", "budget"].map((id) => ({ if: { answer: id, in: ["b"] }, tier: "nurture" as const, reason: id })) },
    });
    expect(ids(planVisit({ config, known: {}, answers: {}, budget: 3 }))).toEqual(["email", "role", "timeframe", "budget"]);
  });

  it("asks the preset's name and company first with the email, outside the budget", () => {
    const result = validateConfig({ id: "acme", endpoint: "/leads", preset: "bant", flow: { maxNewQuestionsPerVisit: 2 } });
    if (!result.ok) throw new Error("invalid");
    expect(ids(planVisit({ config: result.config, known: {}, answers: {} }))).toEqual(["email", "name", "company", "role", "need", "consent"]);
  });

  it("keeps a contact question revealed by showIf in its place, and asks it outside the budget", () => {
    const config = makeConfig({
      questions: [
        { id: "reach", type: "single", label: "How should we reach you?", options: [{ value: "call", label: "Call" }, { value: "mail", label: "Mail" }] },
        { id: "role", type: "single", label: "Role", options: [{ value: "vp", label: "VP", score: { authority: 25 } }] },
        { id: "tel", type: "phone", label: "Phone", showIf: { answer: "reach", in: ["call"] } },
        { id: "email", type: "email", label: "Email", required: true },
      ],
    });
    expect(ids(planVisit({ config, known: {}, answers: { reach: "call" }, budget: 1 }))).toEqual(["email", "reach", "tel"]);
  });

  it("treats an empty known value as unknown", () => {
    expect(ids(planVisit({ config: makeConfig(), known: { email: " ", role: "vp" }, answers: {}, budget: 0 }))).toContain("email");
  });

  it("is empty when nothing is left to ask", () => {
    const config = makeConfig({ questions: [{ id: "role", type: "single", label: "Role", options: [{ value: "vp", label: "VP" }] }] });
    expect(planVisit({ config, known: { role: "vp" }, answers: {} })).toEqual([]);
  });

  it("asks again when a known value is not valid for this form, once trustedKnown has dropped it", () => {
    const config = makeConfig();
    const known = trustedKnown(config, { role: "ceo", email: "", employees: 0 });
    expect(ids(planVisit({ config, known, answers: {}, budget: 10 }))).toEqual(
      ["email", "name", "role", "timeframe", "employees", "notes", "terms"],
    );
  });

  it("applies showIf to known and new answers together", () => {
    const config = makeConfig({
      questions: [
        { id: "role", type: "single", label: "Role", options: [{ value: "vp", label: "VP" }, { value: "dev", label: "Dev" }] },
        { id: "budget", type: "number", label: "Budget", showIf: { answer: "role", in: ["vp"] } },
        { id: "stack", type: "text", label: "Stack", showIf: { answer: "role", in: ["dev"] } },
      ],
    });
    expect(ids(planVisit({ config, known: {}, answers: {} }))).toEqual(["role"]);
    expect(ids(planVisit({ config, known: {}, answers: { role: "dev" } }))).toEqual(["role", "stack"]);
    expect(ids(planVisit({ config, known: { role: "vp" }, answers: {} }))).toEqual(["budget"]);
  });

  it("keeps a question answered this visit in the plan when a newly revealed one outranks it", () => {
    const config = makeConfig({
      questions: [
        { id: "topic", type: "single", label: "Topic", options: [{ value: "buy", label: "Buy" }] },
        { id: "size", type: "number", label: "Size", required: true, showIf: { answer: "topic", in: ["buy"] } },
      ],
    });
    expect(ids(planVisit({ config, known: {}, answers: {}, budget: 1 }))).toEqual(["topic"]);
    expect(ids(planVisit({ config, known: {}, answers: { topic: "buy" }, budget: 1 }))).toEqual(["topic"]);
    expect(ids(planVisit({ config, known: {}, answers: { topic: "buy" }, budget: 2 }))).toEqual(["topic", "size"]);
  });

  it("counts a skipped optional question recorded as an empty value as handled", () => {
    const plan = planVisit({ config: makeConfig(), known: {}, answers: { name: "" }, budget: 1 });
    expect(ids(plan)).toEqual(["email", "name", "terms"]);
  });

  describe("with product lines", () => {
    const config = makeConfig({ productLines: PRODUCT_LINES });
    const coreKnown = { email: "ana@acme.io", name: "Ana", role: "vp", timeframe: "now", employees: 20, notes: "hi" };

    it("asks the built-in product-line picker after the core questions", () => {
      expect(ids(planVisit({ config, known: coreKnown, answers: {} }))).toEqual(["productLine", "terms"]);
    });

    it("follows with the chosen line's questions", () => {
      const plan = planVisit({ config, known: coreKnown, answers: { productLine: "analytics" }, budget: 3 });
      expect(ids(plan)).toEqual(["productLine", "seats", "dashboards", "terms"]);
    });

    it("uses a remembered product line and a fixed one without asking", () => {
      expect(ids(planVisit({ config, known: { ...coreKnown, productLine: "crm" }, answers: {} }))).toEqual(
        ["crmUsers", "terms"],
      );
      expect(ids(planVisit({ config, known: coreKnown, answers: {}, productLine: "analytics" }))).toEqual(
        ["seats", "dashboards", "terms"],
      );
    });

    it("ignores a remembered product line this form does not offer (trustedKnown drops it)", () => {
      expect(ids(planVisit({ config, known: trustedKnown(config, { ...coreKnown, productLine: "hardware" }), answers: {} }))).toEqual(
        ["productLine", "terms"],
      );
    });
  });
});

// ---- properties -------------------------------------------------------------------------------

const OPTIONS = ["a", "b", "c"];

/** A config of up to 8 questions of varied types; showIf only looks at earlier single questions. */
const configArb: fc.Arbitrary<Config> = fc
  .record({
    specs: fc.array(
      fc.record({
        type: fc.constantFrom("single", "multi", "number", "text", "email", "consent" as const),
        required: fc.boolean(),
        points: fc.integer({ min: 0, max: 30 }),
        showIf: fc.option(fc.tuple(fc.nat(), fc.subarray(OPTIONS, { minLength: 1 })), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    lines: fc.boolean(),
  })
  .map(({ specs, lines }) => {
    const questions: Question[] = [];
    specs.forEach((spec, index) => {
      const earlierSingles = questions.filter((q) => q.type === "single");
      const target = spec.showIf && earlierSingles.length > 0 ? earlierSingles[spec.showIf[0] % earlierSingles.length] : undefined;
      questions.push({
        id: `q${index}`,
        type: spec.type,
        label: `Q${index}`,
        required: spec.required,
        options: OPTIONS.map((value) => ({ value, label: value, score: { need: value === "a" ? spec.points : 0 } })),
        ranges: [{ min: 0, score: { fit: spec.points } }],
        ...(target && spec.showIf ? { showIf: { answer: target.id, in: spec.showIf[1] } } : {}),
      });
    });
    return makeConfig({ questions, productLines: lines ? PRODUCT_LINES : {} });
  });

function validValue(question: Question, pick: number): AnswerValue {
  switch (question.type) {
    case "single":
    case "select":
      return question.options?.[pick % (question.options.length || 1)]?.value ?? "a";
    case "multi":
      return [question.options?.[pick % (question.options.length || 1)]?.value ?? "a"];
    case "number":
      return pick + 1;
    case "email":
      return `person${pick}@acme.io`;
    case "consent":
      return true;
    default:
      return `text ${pick}`;
  }
}

const scenarioArb = fc.record({
  config: configArb,
  knownMask: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  picks: fc.array(fc.nat({ max: 5 }), { minLength: 12, maxLength: 12 }),
  budget: fc.integer({ min: 0, max: 6 }),
});

function everyQuestion(config: Config): Question[] {
  const picker: Question = {
    id: "productLine", type: "single", label: "Line",
    options: Object.keys(config.productLines).map((value) => ({ value, label: value })),
  };
  return [...config.questions, picker, ...Object.values(config.productLines).flatMap((line) => line.questions)];
}

function knownFrom(config: Config, mask: boolean[], picks: number[]): Answers {
  const known: Answers = {};
  everyQuestion(config).forEach((question, index) => {
    if (mask[index % mask.length]) known[question.id] = validValue(question, picks[index % picks.length] ?? 0);
  });
  return known;
}

const isExtra = (config: Config, q: Question) =>
  (q.type === "consent" && (q.required === true || config.consent?.required === true)) || isContactQuestion(q);

/** Answers the plan's questions one at a time, first open one first, like a visitor would. */
function walk(config: Config, known: Answers, budget: number, picks: number[], check: (plan: Question[], answers: Answers) => void) {
  const answers: Answers = {};
  for (let turn = 0; turn < 30; turn++) {
    const plan = planVisit({ config, known, answers, budget });
    check(plan, answers);
    const next = plan.find((q) => answers[q.id] === undefined);
    if (!next) return;
    answers[next.id] = validValue(next, picks[turn % picks.length] ?? 0);
  }
  throw new Error("the visit never ended");
}

describe("planVisit properties", () => {
  it("never asks a question whose answer is already known and valid", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, knownMask, picks, budget }) => {
        const known = knownFrom(config, knownMask, picks);
        walk(config, known, budget, picks, (plan) => {
          for (const q of plan) {
            const value = known[q.id];
            expect(value !== undefined && validateAnswer(q, value) === null).toBe(false);
          }
        });
      }),
    );
  });

  it("never asks more than the budget, plus contact questions and a required consent", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, knownMask, picks, budget }) => {
        const known = knownFrom(config, knownMask, picks);
        walk(config, known, budget, picks, (plan) => {
          expect(plan.filter((q) => !isExtra(config, q)).length).toBeLessThanOrEqual(budget);
        });
      }),
    );
  });

  it("always asks every contact question that applies and is not known, whatever the budget", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, knownMask, picks, budget }) => {
        const known = knownFrom(config, knownMask, picks);
        walk(config, known, budget, picks, (plan, answers) => {
          const planned = new Set(ids(plan));
          for (const q of applicableQuestions(config, { ...known, ...answers })) {
            if (isContactQuestion(q) && known[q.id] === undefined) expect(planned.has(q.id)).toBe(true);
          }
        });
      }),
    );
  });

  it("never asks a question hidden by showIf", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, knownMask, picks, budget }) => {
        const known = knownFrom(config, knownMask, picks);
        walk(config, known, budget, picks, (plan, answers) => {
          for (const q of plan) {
            if (q.showIf) expect(evaluateCondition(q.showIf, { answers: { ...known, ...answers } })).toBe(true);
          }
        });
      }),
    );
  });

  it("keeps every question answered this visit in the plan while it still applies", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, knownMask, picks, budget }) => {
        const known = knownFrom(config, knownMask, picks);
        walk(config, known, budget, picks, (plan, answers) => {
          const planned = new Set(ids(plan));
          for (const q of applicableQuestions(config, { ...known, ...answers })) {
            if (answers[q.id] !== undefined) expect(planned.has(q.id)).toBe(true);
          }
        });
      }),
    );
  });

  it("presents the plan in a fixed order: core contact questions first, then config order", () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, knownMask, picks, budget }) => {
        const known = knownFrom(config, knownMask, picks);
        const plan = ids(planVisit({ config, known, answers: {}, budget }));
        const byId = new Map(config.questions.map((q) => [q.id, q]));
        const leads = (id: string) => { const q = byId.get(id); return q !== undefined && isContactQuestion(q) && q.showIf === undefined; };
        const order = [...ids(config.questions).filter(leads), ...ids(config.questions).filter((id) => !leads(id))];
        const core = plan.filter((id) => byId.has(id) && byId.get(id)?.type !== "consent");
        expect(core).toEqual([...core].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      }),
    );
  });
});
