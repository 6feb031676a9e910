import { fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PROFILE_KEY } from "../../src/profile/create-profile-store";
import { mount } from "../../src/widget/mount";
import { widgetParts } from "../../src/widget/widget-parts";
import { clearMountedPage, fakeDelivery, host, kitAttached, steppingClock, tick } from "./mount-fixtures";

afterEach(clearMountedPage);

const config = {
  id: "storage-form",
  endpoint: "https://api.example.com/leads",
  questions: [
    { id: "email", type: "email", label: "Work email", required: true },
    { id: "role", type: "single", label: "Your role", options: [{ value: "vp", label: "VP" }, { value: "manager", label: "Manager" }] },
  ],
};

/** A visitor remembered from an earlier visit (their email known), as the profile store writes it. */
async function rememberAna() {
  const { delivery, startDelivery } = fakeDelivery();
  const element = host();
  const handle = await mount(element, { ...config, questions: [config.questions[0]] }, {}, { startDelivery, now: steppingClock() });
  await kitAttached(delivery);
  const view = within(element.shadowRoot as unknown as HTMLElement);
  fireEvent.input(view.getByLabelText("Work email"), { target: { value: "ana@acme.io" } });
  fireEvent.click(view.getByRole("button", { name: "Submit" }));
  handle.unmount();
  expect(localStorage.getItem(PROFILE_KEY)).toContain("ana@acme.io");
}

describe("what the first render waits for", () => {
  it("nothing for a first step of text-like fields; the form kit when the first step has a choice", async () => {
    const text = host();
    await mount(text, config, {}, { startDelivery: fakeDelivery().startDelivery });
    expect(within(text.shadowRoot as unknown as HTMLElement).getByLabelText("Work email")).toBeTruthy();
    const both = host();
    await mount(both, { ...config, flow: { questionsPerStep: 2 } }, {}, { startDelivery: fakeDelivery().startDelivery });
    const view = within(both.shadowRoot as unknown as HTMLElement);
    expect(view.getByLabelText("Work email")).toBeTruthy();
    expect(view.getByRole("radio", { name: "VP" })).toBeTruthy();
  });
});

describe("storage and the first render", () => {
  it("renders the first question without touching storage; it is read once the form kit arrives", async () => {
    const reads = vi.fn();
    for (const storage of [localStorage, sessionStorage]) {
      const getItem = storage.getItem.bind(storage);
      vi.spyOn(storage, "getItem").mockImplementation((key) => (reads(key), getItem(key)));
    }
    const { delivery, startDelivery } = fakeDelivery();
    const element = host();
    await mount(element, config, {}, { startDelivery });
    expect(within(element.shadowRoot as unknown as HTMLElement).getByRole("heading", { level: 2 }).textContent).toBe("Work email");
    expect(reads).not.toHaveBeenCalled();
    await kitAttached(delivery);
    expect(reads).toHaveBeenCalled();
  });

  it("starts a returning visitor's form over from what storage knows, without taking focus", async () => {
    await rememberAna();
    const { delivery, startDelivery } = fakeDelivery();
    const element = host();
    await mount(element, config, {}, { startDelivery });
    const view = within(element.shadowRoot as unknown as HTMLElement);
    expect(view.getByRole("heading", { level: 2 }).textContent).toBe("Work email");
    await kitAttached(delivery);
    await vi.waitFor(() => expect(view.getByRole("heading", { level: 2 }).textContent).toBe("Your role"));
    expect(view.getByText("Welcome back, ana@acme.io")).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it("keeps the visit of a visitor who answered before storage was read", async () => {
    await rememberAna();
    const { delivery, startDelivery } = fakeDelivery();
    const element = host();
    // The form kit arrives only when the test lets it.
    const parts = widgetParts();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const formKit = parts.formKit;
    parts.formKit = () => gate.then(formKit);
    await mount(element, config, {}, { startDelivery, parts });
    const view = within(element.shadowRoot as unknown as HTMLElement);
    fireEvent.input(view.getByLabelText("Work email"), { target: { value: "bo@beta.io" } });
    release();
    await kitAttached(delivery);
    await tick();
    expect(view.getByRole("heading", { level: 2 }).textContent).toBe("Work email");
    expect((view.getByLabelText("Work email") as HTMLInputElement).value).toBe("bo@beta.io");
  });
});
