import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { clickButton, renderForm, typeInto } from "./form-helpers";
import { makeConfig, question, ROLE } from "./fixtures";

const only = (q: Parameters<typeof question>[2] & { id: string; type: Parameters<typeof question>[1] }) =>
  makeConfig({ questions: [question(q.id, q.type, q)] });

describe("LeadForm fields", () => {
  it("renders single as native radios in a fieldset named by its legend and records the choice", () => {
    const { onComplete } = renderForm(makeConfig({ questions: [ROLE] }));
    const group = screen.getByRole("group", { name: "What is your role?" });
    expect(group.tagName).toBe("FIELDSET");
    expect(screen.getAllByRole("radio")).toHaveLength(3);
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ role: "manager" });
  });

  it("marks the selected choice's label (tint and check), and only that one", () => {
    renderForm(makeConfig({ questions: [ROLE] }));
    const selected = () => [...document.querySelectorAll(".lq-choice.is-selected")].map((label) => label.textContent);
    expect(selected()).toEqual([]);
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    expect(selected()).toEqual(["Manager"]);
    fireEvent.click(screen.getByRole("radio", { name: "Student" }));
    expect(selected()).toEqual(["Student"]);
  });

  it("puts a choice group's help before its options and its error after them", () => {
    renderForm(makeConfig({ questions: [{ ...ROLE, help: "Pick the closest one." }] }));
    clickButton("Submit");
    const group = screen.getByRole("group", { name: "What is your role?" });
    const order = [...group.querySelectorAll(".lq-help, .lq-choices, .lq-error")].map((el) => el.className);
    expect(order).toEqual(["lq-help", "lq-choices", "lq-error"]);
  });

  it("renders multi as checkboxes in a named fieldset and records the ticked options in option order", () => {
    const options = [{ value: "a", label: "Alpha" }, { value: "b", label: "Beta" }, { value: "c", label: "Gamma" }];
    const { onComplete } = renderForm(only({ id: "need", type: "multi", label: "Needs", options }));
    expect(screen.getByRole("group", { name: "Needs" })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Gamma" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Alpha" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Beta" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Beta" }));
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ need: ["a", "c"] });
  });

  it("keeps both ticks when two checkboxes change before the form re-renders", async () => {
    const options = [{ value: "a", label: "Alpha" }, { value: "b", label: "Beta" }];
    const { onComplete } = renderForm(only({ id: "need", type: "multi", label: "Needs", options }));
    // Native clicks (not Testing Library's act-wrapped ones): no re-render runs between the two,
    // as when a keyboard user presses Space, Tab, Space quickly.
    (screen.getByRole("checkbox", { name: "Alpha" }) as HTMLInputElement).click();
    (screen.getByRole("checkbox", { name: "Beta" }) as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ need: ["a", "b"] });
  });

  it("renders select as a native select with a label and no preselected option", () => {
    const options = [{ value: "de", label: "Germany" }, { value: "fr", label: "France" }];
    const { onComplete } = renderForm(only({ id: "country", type: "select", label: "Country", options }));
    const select = screen.getByRole("combobox", { name: "Country" }) as HTMLSelectElement;
    expect(select.tagName).toBe("SELECT");
    expect(select.value).toBe("");
    fireEvent.change(select, { target: { value: "fr" } });
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ country: "fr" });
  });

  it.each([
    ["email", "work", "email", "email", "email", "ana@acme.io", "ana@acme.io"],
    ["phone", "mobile", "tel", "tel", "tel", "+49 30 1234567", "+49 30 1234567"],
    ["text", "company", "text", "organization", null, "Acme", "Acme"],
    ["text", "name", "text", "name", null, "Ana", "Ana"],
    ["date", "start", "date", null, null, "2026-11-23", "2026-11-23"],
    ["number", "employees", "number", null, "decimal", "250", 250],
  ] as const)("renders %s (%s) as one labelled input with the right type and autocomplete", (type, id, inputType, auto, mode, typed, stored) => {
    const { onComplete } = renderForm(only({ id, type, label: "The field" }));
    const input = screen.getByLabelText("The field") as HTMLInputElement;
    expect(input.tagName).toBe("INPUT");
    expect(input.type).toBe(inputType);
    expect(input.getAttribute("autocomplete")).toBe(auto);
    expect(input.getAttribute("inputmode")).toBe(mode);
    typeInto(input, typed);
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ [id]: stored });
  });

  it("renders textarea as a labelled textarea", () => {
    const { onComplete } = renderForm(only({ id: "notes", type: "textarea", label: "Anything else?" }));
    const box = screen.getByRole("textbox", { name: "Anything else?" });
    expect(box.tagName).toBe("TEXTAREA");
    typeInto(box, "Call after 3pm");
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ notes: "Call after 3pm" });
  });

  it("renders consent as a checkbox with its label and a privacy link opening in a new tab", () => {
    const config = makeConfig({
      questions: [question("consent", "consent", { label: "I agree to be contacted.", required: true })],
      consent: { required: true, label: "unused", privacyUrl: "https://acme.example/privacy" },
    });
    const { onComplete } = renderForm(config);
    const box = screen.getByRole("checkbox", { name: "I agree to be contacted." });
    const link = screen.getByRole("link", { name: /Privacy policy/ });
    expect(link.getAttribute("href")).toBe("https://acme.example/privacy");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
    fireEvent.click(box);
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ consent: true });
  });

  it("shows a lone consent question's text once: the heading keeps its name but is visually hidden", () => {
    renderForm(makeConfig({ questions: [question("consent", "consent", { label: "I agree to be contacted.", required: true })] }));
    const heading = screen.getByRole("heading", { level: 2, name: "I agree to be contacted." });
    expect(heading.classList.contains("lq-visually-hidden")).toBe(true);
    expect(screen.getByRole("checkbox", { name: "I agree to be contacted." })).toBeTruthy();
  });

  it("keeps a lone text question's heading visible", () => {
    renderForm(makeConfig({ questions: [question("company", "text", { label: "Company" })] }));
    expect(screen.getByRole("heading", { level: 2, name: "Company" }).classList.contains("lq-visually-hidden")).toBe(false);
  });

  it("turns autocomplete off in kiosk mode", () => {
    renderForm(makeConfig({ mode: "kiosk", questions: [question("email", "email", { label: "Email" })] }));
    expect(screen.getByLabelText("Email").getAttribute("autocomplete")).toBe("off");
  });

  it("uses no inline style attributes anywhere (CSP)", () => {
    const { container } = renderForm(makeConfig({ flow: { ...makeConfig().flow, questionsPerStep: 5 } }));
    expect(container.querySelectorAll("[style]")).toHaveLength(0);
  });
});
