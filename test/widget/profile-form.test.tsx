import { fireEvent, screen } from "@testing-library/preact";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { Question } from "../../src/config/types";
import { visitSteps } from "../../src/widget/visit-steps";
import { EMAIL, makeConfig, question, ROLE } from "./fixtures";
import { clickButton, renderForm, typeInto } from "./form-helpers";

const COMPANY = question("company", "text", { label: "Company", required: true });
const SIZE = question("size", "number", { label: "Employees" });
const NOTES = question("notes", "textarea", { label: "Notes" });
const CONSENT: Question = { id: "consent", type: "consent", label: "I agree to be contacted.", required: true };
const FIVE = makeConfig({ questions: [ROLE, EMAIL, COMPANY, SIZE, NOTES] });

const heading = () => screen.getByRole("heading", { level: 2 });
const progressMax = () => screen.getByRole("progressbar").getAttribute("aria-valuemax");

describe("LeadForm with a per-visit budget", () => {
  it("asks the email first and outside the budget, then at most the budget of new questions, counting those in the progress", () => {
    renderForm(FIVE, { budget: 2 });
    expect(progressMax()).toBe("3");
    expect(heading().textContent).toBe("Work email");
    typeInto(screen.getByLabelText("Work email"), "ana@acme.io");
    clickButton("Next");
    expect(heading().textContent).toBe("What is your role?");
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Next");
    expect(heading().textContent).toBe("Company");
    expect(screen.getByRole("button", { name: "Submit" })).toBeTruthy();
  });

  it("never asks a known question again and spends the budget on the next open ones", () => {
    const { onComplete } = renderForm(FIVE, { budget: 2, knownAnswers: { role: "vp", email: "ana@acme.io" } });
    expect(progressMax()).toBe("2");
    expect(heading().textContent).toBe("Company");
    typeInto(screen.getByLabelText("Company"), "Acme");
    clickButton("Next");
    expect(heading().textContent).toBe("Employees");
    typeInto(screen.getByLabelText(/Employees/), "250");
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toMatchObject({ role: "vp", email: "ana@acme.io", company: "Acme" });
  });

  it("asks a required consent question on top of the budget (and the email)", () => {
    renderForm(makeConfig({ questions: [ROLE, EMAIL, COMPANY, CONSENT] }), { budget: 1 });
    expect(progressMax()).toBe("3");
  });

  it("shows the nothing-new line and a lone Submit when everything is known", () => {
    const known = { role: "vp", email: "ana@acme.io", company: "Acme", size: 250, notes: "hi" };
    const { onComplete } = renderForm(FIVE, { budget: 4, knownAnswers: known });
    expect(screen.getByText("We already have everything we need. Thanks!")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    clickButton("Submit");
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual(known);
    expect(screen.getByRole("heading", { level: 2 }).textContent).not.toBe("Ready to send your answers?");
  });

  it("shows the nothing-new line in the visitor's language", () => {
    renderForm(makeConfig(), { budget: 4, locale: "de", knownAnswers: { role: "vp", email: "ana@acme.io" } });
    expect(screen.getByText("Wir haben schon alles, was wir brauchen. Danke!")).toBeTruthy();
  });

  it("plans the unknown email plus at most the budget of unknown questions for any known answers and budget", () => {
    const ids = ["role", "email", "company", "size", "notes"];
    fc.assert(
      fc.property(fc.subarray(ids), fc.integer({ min: 0, max: 6 }), (knownIds, budget) => {
        const values: Record<string, string | number> = { role: "vp", email: "ana@acme.io", company: "Acme", size: 5, notes: "x" };
        const known = Object.fromEntries(knownIds.map((id) => [id, values[id]!]));
        const asked = visitSteps({ config: FIVE, answers: {}, knownAnswers: known, budget }).flat().map((q) => q.id);
        const emailKnown = knownIds.includes("email");
        expect(asked[0] === "email").toBe(!emailKnown);
        const budgeted = asked.filter((id) => id !== "email");
        expect(budgeted.some((id) => knownIds.includes(id))).toBe(false);
        expect(budgeted.length).toBe(Math.min(budget, ids.length - 1 - knownIds.filter((id) => id !== "email").length));
      }),
    );
  });
});

describe("LeadForm draft restore", () => {
  it("reports every change to this visit's answers so the draft can be saved", () => {
    const onAnswers = vi.fn();
    renderForm(makeConfig(), { onAnswers });
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    expect(onAnswers).toHaveBeenLastCalledWith({ role: "manager" });
  });

  it("resumes a restored draft at the first step with an open question, answers filled in", () => {
    renderForm(makeConfig({ questions: [ROLE, COMPANY, EMAIL] }), { initialAnswers: { role: "manager", company: "Acme" } });
    expect(heading().textContent).toBe("Work email");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("3");
    clickButton("Back");
    expect((screen.getByLabelText("Company") as HTMLInputElement).value).toBe("Acme");
  });

  it("stays on the last step when the draft answered everything but was not submitted", () => {
    const { onComplete } = renderForm(makeConfig(), { initialAnswers: { role: "vp", email: "ana@acme.io" } });
    expect(heading().textContent).toBe("Work email");
    expect(onComplete).not.toHaveBeenCalled();
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ role: "vp", email: "ana@acme.io" });
  });
});
