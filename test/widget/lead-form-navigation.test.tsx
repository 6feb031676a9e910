import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { clickButton, renderForm, typeInto } from "./form-helpers";
import { EMAIL, makeConfig, question, ROLE } from "./fixtures";

const heading = () => screen.getByRole("heading", { level: 2 });
const BUDGET = question("budget", "single", {
  label: "Do you have a budget?",
  showIf: { answer: "role", in: ["vp"] },
  options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }],
});

describe("LeadForm navigation", () => {
  it("starts on the first question with Next and no Back, without taking focus from the page", () => {
    renderForm(makeConfig());
    expect(heading().textContent).toBe("What is your role?");
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Back" })).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it("moves focus to each new step's heading on Next and Back, keeping answers", () => {
    renderForm(makeConfig());
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Next");
    expect(heading().textContent).toBe("Work email");
    expect(document.activeElement).toBe(heading());
    clickButton("Back");
    expect(heading().textContent).toBe("What is your role?");
    expect(document.activeElement).toBe(heading());
    expect((screen.getByRole("radio", { name: "Manager" }) as HTMLInputElement).checked).toBe(true);
  });

  it("offers Submit on the last step and reports answers, score and honeypot once", () => {
    const { onComplete } = renderForm(makeConfig());
    fireEvent.click(screen.getByRole("radio", { name: "VP or C-level" }));
    clickButton("Next");
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
    typeInto(screen.getByLabelText("Work email"), "ana@acme.io");
    clickButton("Submit");
    expect(onComplete).toHaveBeenCalledTimes(1);
    const result = onComplete.mock.calls[0]?.[0];
    expect(result?.answers).toEqual({ role: "vp", email: "ana@acme.io" });
    expect(result?.score).toMatchObject({ total: 25, tier: "sales-ready" });
    expect(result?.honeypot).toBe(false);
    expect(document.activeElement).toBe(heading());
    expect(heading().textContent).toBe("Let's talk now");
  });

  it("shows progress as a progressbar and announces it politely", () => {
    renderForm(makeConfig());
    const bar = screen.getByRole("progressbar");
    expect([bar.getAttribute("aria-valuenow"), bar.getAttribute("aria-valuemin"), bar.getAttribute("aria-valuemax")]).toEqual(["1", "1", "2"]);
    expect(bar.getAttribute("aria-valuetext")).toBe("Question 1 of 2");
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Next");
    expect(bar.getAttribute("aria-valuenow")).toBe("2");
    const live = document.querySelector("[aria-live='polite'].lq-progress-text");
    expect(live?.textContent).toBe("Question 2 of 2");
  });

  it("draws the steps answered as done and the current one as in progress, so the last question's bar is not yet full", () => {
    renderForm(makeConfig({ questions: [ROLE, EMAIL, question("company", "text")] }));
    const segments = () => [...document.querySelectorAll(".lq-progress-seg")].map((seg) => seg.className.replace("lq-progress-seg", "").trim());
    expect(segments()).toEqual(["is-current", "", ""]);
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Next");
    typeInto(screen.getByLabelText("Work email"), "ana@acme.io");
    clickButton("Next");
    expect(segments()).toEqual(["is-done", "is-done", "is-current"]);
  });

  it("reports each step and each committed answer", () => {
    const { onStep, onAnswer } = renderForm(makeConfig());
    expect(onStep).toHaveBeenLastCalledWith({ index: 0, total: 2, questionIds: ["role"] });
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith({ questionId: "role" });
    clickButton("Next");
    expect(onStep).toHaveBeenLastCalledWith({ index: 1, total: 2, questionIds: ["email"] });
  });

  it("adds a step when showIf turns true, removes it again, and drops its answer", () => {
    const { onComplete } = renderForm(makeConfig({ questions: [ROLE, BUDGET, EMAIL] }));
    fireEvent.click(screen.getByRole("radio", { name: "VP or C-level" }));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuemax")).toBe("3");
    clickButton("Next");
    fireEvent.click(screen.getByRole("radio", { name: "Yes" }));
    clickButton("Back");
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuemax")).toBe("2");
    clickButton("Next");
    expect(heading().textContent).toBe("Work email");
    typeInto(screen.getByLabelText("Work email"), "ana@acme.io");
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ role: "manager", email: "ana@acme.io" });
  });

  it("does not ask known answers again but submits them", () => {
    const { onComplete } = renderForm(makeConfig(), { knownAnswers: { email: "ana@acme.io" } });
    expect(screen.getByRole("progressbar").getAttribute("aria-valuemax")).toBe("1");
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ email: "ana@acme.io", role: "manager" });
  });

  it("asks only the planned questions when questionIds is given", () => {
    renderForm(makeConfig({ questions: [ROLE, question("company", "text", { label: "Company" }), EMAIL] }), { questionIds: ["email", "role"] });
    expect(screen.getByRole("progressbar").getAttribute("aria-valuemax")).toBe("2");
    expect(heading().textContent).toBe("What is your role?");
  });

  it("shows a generic step title and one label per question with several questions per step", () => {
    const config = makeConfig({ flow: { ...makeConfig().flow, questionsPerStep: 2 } });
    renderForm(config);
    expect(heading().textContent).toBe("Step 1 of 1");
    expect(screen.getByRole("group", { name: "What is your role?" })).toBeTruthy();
    expect(screen.getByLabelText("Work email")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("Step 1 of 1");
  });

  it("asks the product-line picker after the core questions, then the chosen line's questions", () => {
    const config = makeConfig({
      questions: [ROLE],
      productLines: {
        analytics: { label: "Analytics", questions: [question("sources", "text", { label: "Data sources" })] },
        crm: { label: "CRM", questions: [] },
      },
    });
    renderForm(config);
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Next");
    fireEvent.click(screen.getByRole("radio", { name: "Analytics" }));
    clickButton("Next");
    expect(heading().textContent).toBe("Data sources");
  });

  it("offers just Submit when every question is already known", () => {
    const { onComplete } = renderForm(makeConfig(), { knownAnswers: { role: "vp", email: "ana@acme.io" } });
    expect(screen.queryByRole("progressbar")).toBeNull();
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ role: "vp", email: "ana@acme.io" });
  });

  it("submits with Enter in a text field, like pressing Next", () => {
    const { onComplete } = renderForm(makeConfig({ questions: [EMAIL] }));
    const input = screen.getByLabelText("Work email");
    typeInto(input, "ana@acme.io");
    fireEvent.submit(input.closest("form")!);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
