import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { formKitSource, type FormKit } from "../../src/widget/form-kit-source";
import * as formKit from "../../src/widget/parts/form-kit";
import { clickButton, renderForm } from "./form-helpers";
import { EMAIL, makeConfig, ROLE } from "./fixtures";

const heading = () => screen.getByRole("heading", { level: 2 }).textContent;

/** A kit that arrives only when the test says so (as on a slow network), or fails the first time. */
function pendingKit(failFirst = false) {
  let arrive: (kit: FormKit) => void = () => {};
  let attempts = 0;
  const load = vi.fn(
    () =>
      new Promise<FormKit>((resolve, reject) => {
        attempts += 1;
        if (failFirst && attempts === 1) reject(new Error("offline"));
        else arrive = resolve;
      }),
  );
  return { kit: formKitSource(load), load, arrive: () => arrive(formKit) };
}

// Contact first: every config has a required email or phone, so a first visit starts with a text-like field.
const contactFirst = () => makeConfig({ questions: [EMAIL, ROLE] });
const typeEmail = () => fireEvent.input(screen.getByLabelText("Work email"), { target: { value: "ana@acme.io" } });

describe("LeadForm before its form kit has arrived", () => {
  it("shows a text-like first question without it", () => {
    const { kit, load } = pendingKit();
    renderForm(contactFirst(), { kit });
    expect(heading()).toBe("Work email");
    expect(screen.getByLabelText("Work email")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
  });

  it("leaves choice controls to the kit (mount() loads it first when the first step has them)", () => {
    renderForm(makeConfig(), { kit: pendingKit().kit });
    expect(heading()).toBe("What is your role?");
    expect(screen.queryByRole("radio")).toBeNull();
  });

  it("waits for it when Next is pressed, once however often, then moves on", async () => {
    const { kit, load, arrive } = pendingKit();
    renderForm(contactFirst(), { kit });
    typeEmail();
    clickButton("Next");
    clickButton("Next");
    expect(heading()).toBe("Work email");
    expect(load).toHaveBeenCalledTimes(1);
    arrive();
    await waitFor(() => expect(heading()).toBe("What is your role?"));
    expect(screen.getByRole("radio", { name: "Manager" })).toBeTruthy();
  });

  it("says the form could not reach the server when the kit cannot load, and tries again on the next press", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { kit, arrive } = pendingKit(true);
    renderForm(contactFirst(), { kit });
    typeEmail();
    clickButton("Next");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("We could not reach our server. Please check your connection and try again.");
    expect(error).toHaveBeenCalledOnce();
    clickButton("Next");
    arrive();
    await waitFor(() => expect(heading()).toBe("What is your role?"));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
