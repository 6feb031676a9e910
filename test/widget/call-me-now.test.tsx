import { signal } from "@preact/signals";
import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import type { Config } from "../../src/config/types";
import { callMeNowOffer } from "../../src/widget/call-me-now-offer";
import { submittedAnswers } from "../../src/widget/submitted-answers";
import { EMAIL, makeConfig, question, ROLE } from "./fixtures";
import { clickButton, renderForm, typeInto } from "./form-helpers";

// ROLE: vp is 25 authority points, sales-ready from 20.
const config = makeConfig({ questions: [EMAIL, ROLE] });

function submitHot(form: Config, props: Parameters<typeof renderForm>[1] = {}) {
  const onCallMeNow = vi.fn<(phone: string) => void>();
  const view = renderForm(form, { onCallMeNow, ...props });
  typeInto(screen.getByLabelText(/mail/i), "ana@acme.io");
  clickButton(props.locale === "de" ? "Weiter" : "Next");
  fireEvent.click(screen.getAllByRole("radio")[0]!);
  clickButton(props.locale === "de" ? "Absenden" : "Submit");
  return { ...view, onCallMeNow };
}

describe("callMeNowOffer", () => {
  it("offers the phone question only to a sales-ready lead with no phone known", () => {
    expect(callMeNowOffer(config, "sales-ready", { email: "a@b.io" })?.id).toBe("phone");
    expect(callMeNowOffer(config, "sales-later", { email: "a@b.io" })).toBeNull();
    expect(callMeNowOffer(config, "nurture", {})).toBeNull();
    expect(callMeNowOffer(config, "sales-ready", { phone: "+49 30 1234567" })).toBeNull();
  });

  it("offers nothing in kiosk mode or when the config turns it off", () => {
    expect(callMeNowOffer({ ...config, mode: "kiosk" }, "sales-ready", {})).toBeNull();
    expect(callMeNowOffer({ ...config, flow: { ...config.flow, callMeNow: false } }, "sales-ready", {})).toBeNull();
  });

  it("uses the config's own phone question, and offers it when the visitor skipped it", () => {
    const withPhone = makeConfig({ questions: [EMAIL, ROLE, question("mobile", "phone", { label: "Mobile" })] });
    expect(callMeNowOffer(withPhone, "sales-ready", { mobile: "" })?.id).toBe("mobile");
    expect(callMeNowOffer(withPhone, "sales-ready", { mobile: "+49 30 1234567" })).toBeNull();
  });
});

describe("submittedAnswers and the call-me-now number", () => {
  it("keeps a remembered call-me-now number although it is never asked as a step", () => {
    expect(submittedAnswers(config, { email: "a@b.io", phone: "+49 30 1234567", stray: "x" })).toEqual({ email: "a@b.io", phone: "+49 30 1234567" });
  });
});

describe("the call-me-now offer on the outcome", () => {
  it("appears under a sales-ready outcome as a named form with a labelled phone field", () => {
    submitHot(config);
    const form = screen.getByRole("form", { name: "Prefer a call right now?" });
    expect(form).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Prefer a call right now?" })).toBeTruthy();
    const input = screen.getByLabelText("Your phone number") as HTMLInputElement;
    expect(input.type).toBe("tel");
    expect(input.autocomplete).toBe("tel");
  });

  it("sends the number, then replaces the form with a focused confirmation naming it", () => {
    const { onCallMeNow } = submitHot(config);
    typeInto(screen.getByLabelText("Your phone number"), " +49 30 1234567 ");
    clickButton("Call me now");
    expect(onCallMeNow).toHaveBeenCalledWith("+49 30 1234567");
    const sent = screen.getByText("Thanks! We'll call you at +49 30 1234567 within minutes.");
    expect(document.activeElement).toBe(sent);
    expect(screen.queryByRole("button", { name: "Call me now" })).toBeNull();
  });

  it("refuses a number that is not one, with the error tied to the field and focus on it", () => {
    const { onCallMeNow } = submitHot(config);
    const input = screen.getByLabelText("Your phone number");
    typeInto(input, "call me");
    clickButton("Call me now");
    expect(onCallMeNow).not.toHaveBeenCalled();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const message = document.getElementById(input.getAttribute("aria-describedby") ?? "");
    expect(message?.textContent).toBe("Please enter a valid phone number.");
    expect(document.activeElement).toBe(input);
    clickButton("Call me now");
    expect(onCallMeNow).not.toHaveBeenCalled();
  });

  it("speaks the visitor's language", () => {
    submitHot(config, { locale: "de" });
    expect(screen.getByRole("button", { name: "Rufen Sie mich jetzt an" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Lieber gleich ein Anruf?" })).toBeTruthy();
    expect(screen.getByLabelText("Ihre Telefonnummer")).toBeTruthy();
  });

  it("is not offered without a handler (the kiosk shell passes none)", () => {
    renderForm(config);
    typeInto(screen.getByLabelText(/mail/i), "ana@acme.io");
    clickButton("Next");
    fireEvent.click(screen.getByRole("radio", { name: "VP or C-level" }));
    clickButton("Submit");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Let's talk now");
    expect(screen.queryByRole("button", { name: "Call me now" })).toBeNull();
  });

  it("is not offered while the lead is refused or not getting through: a call within minutes would not be true", () => {
    submitHot(config, { deliveryNotice: signal<"refused" | "unreachable" | null>("refused") });
    expect(screen.getByRole("status").textContent).toContain("Please contact us directly");
    expect(screen.queryByRole("button", { name: "Call me now" })).toBeNull();
  });

  it("is not offered to a lead that is not sales-ready", () => {
    renderForm(config, { onCallMeNow: vi.fn() });
    typeInto(screen.getByLabelText(/mail/i), "ana@acme.io");
    clickButton("Next");
    fireEvent.click(screen.getByRole("radio", { name: "Manager" }));
    clickButton("Submit");
    expect(screen.queryByRole("button", { name: "Call me now" })).toBeNull();
  });
});
