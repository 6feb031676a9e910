import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { clickButton, renderForm, typeInto } from "./form-helpers";
import { EMAIL, makeConfig, question, ROLE } from "./fixtures";

function errorOf(field: HTMLElement) {
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent).join(" ");
}

describe("LeadForm validation", () => {
  it("blocks Next on a missing required answer, marks the field and focuses it", () => {
    const { onStep } = renderForm(makeConfig({ questions: [EMAIL, ROLE] }));
    clickButton("Next");
    const input = screen.getByLabelText("Work email");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(input)).toBe("Please answer this question.");
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Work email");
    expect(onStep).toHaveBeenCalledTimes(1);
  });

  it("ties a radio group's error to the group and its radios and focuses the first radio", () => {
    renderForm(makeConfig({ questions: [ROLE, EMAIL] }));
    clickButton("Next");
    const group = screen.getByRole("group", { name: "What is your role?" });
    expect(group.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(group)).toBe("Please answer this question.");
    const radios = screen.getAllByRole("radio");
    expect(radios.every((radio) => radio.getAttribute("aria-invalid") === "true")).toBe(true);
    expect(document.activeElement).toBe(radios[0]);
  });

  it("explains a malformed email and clears the error as soon as the value changes", () => {
    renderForm(makeConfig({ questions: [EMAIL, ROLE] }));
    const input = screen.getByLabelText("Work email");
    typeInto(input, "ana@");
    clickButton("Next");
    expect(errorOf(input)).toBe("Please enter a valid email address, like name@company.com.");
    fireEvent.input(input, { target: { value: "ana@acme.io" } });
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(input.getAttribute("aria-describedby")).toBeNull();
  });

  it("states the bounds of a number in the message", () => {
    const config = makeConfig({ questions: [question("employees", "number", { label: "Employees", min: 1, max: 100000 }), ROLE] });
    renderForm(config);
    const input = screen.getByLabelText("Employees");
    typeInto(input, "0");
    clickButton("Next");
    expect(errorOf(input)).toBe("Please enter a number of at least 1.");
    typeInto(input, "200000");
    clickButton("Next");
    expect(errorOf(input)).toBe("Please enter a number of at most 100000.");
    typeInto(input, "250");
    clickButton("Next");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("What is your role?");
  });

  it("refuses a free email address on its own step, before the end, with a friendly message", () => {
    const config = makeConfig({ questions: [{ ...EMAIL, reject: ["free-email"] }, ROLE] });
    renderForm(config);
    const input = screen.getByLabelText("Work email");
    typeInto(input, "ana@gmail.com");
    clickButton("Next");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(input)).toMatch(/^Please use your work email address/);
    expect(document.activeElement).toBe(input);
  });

  it("shows the error in the visitor's language", () => {
    renderForm(makeConfig({ questions: [EMAIL, ROLE] }), { locale: "de" });
    clickButton("Weiter");
    expect(errorOf(screen.getByLabelText("Geschäftliche E-Mail"))).toBe("Bitte beantworten Sie diese Frage.");
  });

  it("lets an optional question be skipped", () => {
    renderForm(makeConfig({ questions: [question("company", "text", { label: "Company" }), ROLE] }));
    clickButton("Next");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("What is your role?");
  });

  it("requires a required consent to be ticked", () => {
    const { onComplete } = renderForm(makeConfig({ questions: [question("consent", "consent", { label: "I agree", required: true })] }));
    clickButton("Submit");
    const box = screen.getByRole("checkbox", { name: "I agree" });
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(onComplete).not.toHaveBeenCalled();
  });

  it("marks an unticked required consent box visibly (its row is outlined), not only in words, until it is ticked", () => {
    renderForm(makeConfig({ questions: [question("consent", "consent", { label: "I agree", required: true })] }));
    const row = () => screen.getByRole("checkbox", { name: "I agree" }).closest(".lq-consent")!;
    expect(row().classList.contains("is-invalid")).toBe(false);
    clickButton("Submit");
    expect(row().classList.contains("is-invalid")).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "I agree" }));
    expect(row().classList.contains("is-invalid")).toBe(false);
  });
});
