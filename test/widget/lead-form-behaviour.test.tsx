import { act, fireEvent, screen } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AUTO_ADVANCE_MS } from "../../src/widget/lead-form";
import { clickButton, pointerClick, renderForm, typeInto } from "./form-helpers";
import { EMAIL, makeConfig, question, ROLE } from "./fixtures";

const heading = () => screen.getByRole("heading", { level: 2 }).textContent;
const autoAdvance = () => makeConfig({ flow: { ...makeConfig().flow, autoAdvance: true } });

afterEach(() => vi.useRealTimers());

describe("LeadForm auto-advance", () => {
  it("advances shortly after a pointer pick of a single choice", () => {
    vi.useFakeTimers();
    renderForm(autoAdvance());
    pointerClick(screen.getByRole("radio", { name: "Manager" }));
    expect(heading()).toBe("What is your role?");
    act(() => void vi.advanceTimersByTime(AUTO_ADVANCE_MS));
    expect(heading()).toBe("Work email");
  });

  it("does not advance when arrow keys change the choice (keyboard users are just looking)", () => {
    vi.useFakeTimers();
    renderForm(autoAdvance());
    const radio = screen.getByRole("radio", { name: "Manager" });
    fireEvent.keyDown(radio, { key: "ArrowDown" });
    fireEvent.click(radio, { detail: 0 });
    act(() => void vi.advanceTimersByTime(AUTO_ADVANCE_MS * 4));
    expect(heading()).toBe("What is your role?");
    expect((radio as HTMLInputElement).checked).toBe(true);
  });

  it("advances on Enter or Space on a radio, a deliberate keyboard pick", () => {
    vi.useFakeTimers();
    const { onComplete } = renderForm(makeConfig({ questions: [ROLE, EMAIL], flow: { ...autoAdvance().flow } }));
    fireEvent.keyDown(screen.getByRole("radio", { name: "VP or C-level" }), { key: " " });
    act(() => void vi.advanceTimersByTime(AUTO_ADVANCE_MS));
    expect(heading()).toBe("Work email");
    clickButton("Back");
    expect((screen.getByRole("radio", { name: "VP or C-level" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.keyDown(screen.getByRole("radio", { name: "Manager" }), { key: "Enter" });
    act(() => void vi.advanceTimersByTime(AUTO_ADVANCE_MS));
    expect(heading()).toBe("Work email");
    expect(onComplete).not.toHaveBeenCalled();
  });

  it("never auto-advances when the config does not ask for it", () => {
    vi.useFakeTimers();
    renderForm(makeConfig());
    pointerClick(screen.getByRole("radio", { name: "Manager" }));
    act(() => void vi.advanceTimersByTime(AUTO_ADVANCE_MS * 4));
    expect(heading()).toBe("What is your role?");
  });
});

describe("LeadForm honeypot", () => {
  it("hides a 'website' field from people and assistive technology", () => {
    const { container } = renderForm(makeConfig());
    const trap = container.querySelector<HTMLInputElement>("input[name='website']")!;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute("autocomplete")).toBe("off");
    expect(trap.closest("[aria-hidden='true']")).not.toBeNull();
    expect(screen.queryByRole("textbox", { name: "Leave this field empty" })).toBeNull();
  });

  it("flags the submission when a bot fills it", () => {
    const { container, onComplete } = renderForm(makeConfig({ questions: [ROLE] }));
    fireEvent.input(container.querySelector("input[name='website']")!, { target: { value: "https://spam.example" } });
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].honeypot).toBe(true);
  });
});

describe("LeadForm email suggestion", () => {
  it("suggests a correction on blur and accepts it with one click", () => {
    const { onComplete } = renderForm(makeConfig({ questions: [EMAIL] }));
    const input = screen.getByLabelText("Work email") as HTMLInputElement;
    typeInto(input, "ana@gmial.com");
    fireEvent.blur(input);
    clickButton("Did you mean ana@gmail.com?");
    expect(input.value).toBe("ana@gmail.com");
    expect(document.activeElement).toBe(input);
    expect(screen.queryByRole("button", { name: /Did you mean/ })).toBeNull();
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ email: "ana@gmail.com" });
  });

  it("holds Next once to show the suggestion, then lets the visitor keep what they typed", () => {
    const { onComplete } = renderForm(makeConfig({ questions: [EMAIL] }));
    typeInto(screen.getByLabelText("Work email"), "ana@gmial.com");
    clickButton("Submit");
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Did you mean ana@gmail.com?" })).toBeTruthy();
    clickButton("Submit");
    expect(onComplete.mock.calls[0]?.[0].answers).toEqual({ email: "ana@gmial.com" });
  });
});

describe("LeadForm locale", () => {
  it("uses localized labels, buttons and progress", () => {
    renderForm(makeConfig(), { locale: "de" });
    expect(heading()).toBe("Was ist Ihre Rolle?");
    expect(screen.getByRole("radio", { name: "Geschäftsleitung" })).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("Frage 1 von 2");
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Weiter");
    expect(screen.getByRole("button", { name: "Zurück" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Absenden" })).toBeTruthy();
  });
});

describe("LeadForm accessibility", () => {
  const rules = { "color-contrast": { enabled: false }, region: { enabled: false } };

  it("has no axe violations on a step, with errors shown, and on the outcome", async () => {
    const config = makeConfig({
      questions: [ROLE, EMAIL, question("employees", "number", { label: "Employees", help: "Roughly" }), question("consent", "consent", { label: "I agree", required: true })],
      consent: { required: true, label: "I agree", privacyUrl: "https://acme.example/privacy" },
      flow: { ...makeConfig().flow, questionsPerStep: 2 },
    });
    const { container } = renderForm(config);
    expect((await axe.run(container, { rules })).violations).toEqual([]);
    clickButton("Next");
    expect((await axe.run(container, { rules })).violations).toEqual([]);
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    typeInto(screen.getByLabelText("Work email"), "ana@acme.io");
    clickButton("Next");
    fireEvent.click(screen.getByRole("checkbox", { name: "I agree" }));
    clickButton("Submit");
    expect((await axe.run(container, { rules })).violations).toEqual([]);
  });

  it("keeps ids unique when two forms share a page", () => {
    const { container } = renderForm(makeConfig());
    renderForm(makeConfig());
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(container.querySelectorAll("[id]").length).toBeGreaterThan(0);
  });
});
