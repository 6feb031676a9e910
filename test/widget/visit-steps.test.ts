import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/config/types";
import { applicableQuestions } from "../../src/qualify/applicable-questions";
import { classifyEmail } from "../../src/qualify/classify-email";
import { submittedAnswers } from "../../src/widget/submitted-answers";
import { visitSteps } from "../../src/widget/visit-steps";
import { EMAIL, makeConfig, question, ROLE } from "./fixtures";

const ids = (steps: Question[][]) => steps.map((step) => step.map((q) => q.id));
const FOLLOW_UP = question("roleOther", "text", { showIf: { answer: "role", in: ["manager"] } });
const FOLLOW_UP_2 = question("team", "text", { showIf: { answer: "roleOther", is: "answered" } });

describe("visitSteps", () => {
  it("groups the applicable questions flow.questionsPerStep at a time", () => {
    const config = makeConfig({ questions: [ROLE, EMAIL, question("a", "text")], flow: { ...makeConfig().flow, questionsPerStep: 2 } });
    expect(ids(visitSteps({ config, answers: {} }))).toEqual([["role", "email"], ["a"]]);
  });

  it("always asks one question per step in kiosk mode", () => {
    const config = makeConfig({ mode: "kiosk", flow: { ...makeConfig().flow, questionsPerStep: 3 } });
    expect(ids(visitSteps({ config, answers: {} }))).toEqual([["role"], ["email"]]);
  });

  it("plans a question shown for free-mail addresses once it has the form kit's email classifier", () => {
    const personal = question("personal", "text", { showIf: { answer: "email", is: "free-email" } });
    const config = makeConfig({ questions: [EMAIL, personal, ROLE] });
    const answers = { email: "ana@gmail.com" };
    expect(ids(visitSteps({ config, answers }))).toEqual([["email"], ["role"]]);
    expect(ids(visitSteps({ config, answers, classifyEmail }))).toEqual([["email"], ["personal"], ["role"]]);
    expect(ids(visitSteps({ config, answers, classifyEmail, budget: 10 }))).toEqual([["email"], ["personal"], ["role"]]);
  });

  it("derives showIf questions from the answers, counting known answers too", () => {
    const config = makeConfig({ questions: [ROLE, FOLLOW_UP, EMAIL] });
    expect(ids(visitSteps({ config, answers: {} }))).toEqual([["role"], ["email"]]);
    expect(ids(visitSteps({ config, answers: { role: "manager" } }))).toEqual([["role"], ["roleOther"], ["email"]]);
    expect(ids(visitSteps({ config, answers: {}, knownAnswers: { role: "manager" } }))).toEqual([["roleOther"], ["email"]]);
  });

  it("skips known answers and keeps to the plan", () => {
    const config = makeConfig({ questions: [ROLE, EMAIL, question("a", "text")] });
    expect(ids(visitSteps({ config, answers: {}, knownAnswers: { email: "a@b.io" }, questionIds: ["a", "email", "role"] }))).toEqual([["role"], ["a"]]);
  });

  it("treats a blank known answer as unknown", () => {
    expect(ids(visitSteps({ config: makeConfig(), answers: {}, knownAnswers: { email: "  " } }))).toEqual([["role"], ["email"]]);
  });
});

describe("submittedAnswers", () => {
  const config = makeConfig({ questions: [ROLE, FOLLOW_UP, FOLLOW_UP_2, EMAIL] });

  it("drops answers to questions hidden by a changed answer, in cascade", () => {
    expect(submittedAnswers(config, { role: "vp", roleOther: "x", team: "y", email: "a@b.io" })).toEqual({ role: "vp", email: "a@b.io" });
  });

  it("drops answers that belong to no question of this form", () => {
    expect(submittedAnswers(config, { role: "manager", stale: "z" })).toEqual({ role: "manager" });
  });

  it("only ever keeps answers to questions that apply to the kept answers, and is idempotent", () => {
    const value = fc.constantFrom<string | undefined>("vp", "manager", "x", undefined);
    fc.assert(
      fc.property(fc.record({ role: value, roleOther: value, team: value, email: value, other: value }), (raw) => {
        const answers = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const kept = submittedAnswers(config, answers);
        const applicable = new Set(applicableQuestions(config, kept).map((q) => q.id));
        expect(Object.keys(kept).every((id) => applicable.has(id))).toBe(true);
        expect(submittedAnswers(config, kept)).toEqual(kept);
      }),
    );
  });
});
