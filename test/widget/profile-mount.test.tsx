import { fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { PROFILE_KEY } from "../../src/profile/create-profile-store";
import { draftKey } from "../../src/profile/create-draft-store";
import { mount } from "../../src/widget/mount";
import { createVisitSession } from "../../src/widget/visit-session";
import { makeConfig } from "./fixtures";
import { fakeDelivery, host, kitAttached, steppingClock, tick } from "./mount-fixtures";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);

const config = (flow: Record<string, unknown> = {}) => ({
  id: "profile-form",
  endpoint: "https://api.example.com/leads",
  flow: { maxNewQuestionsPerVisit: 1, ...flow },
  questions: [
    { id: "email", type: "email", label: "Work email", required: true },
    { id: "role", type: "single", label: "Your role", options: [{ value: "vp", label: "VP", score: { authority: 25 } }, { value: "manager", label: "Manager" }] },
    { id: "company", type: "text", label: "Company" },
    { id: "size", type: "number", label: "Employees" },
    { id: "consent", type: "consent", label: "I agree to be contacted.", required: true },
  ],
  scoring: { rules: [], thresholds: { "sales-ready": 20, nurture: 10 } },
});

afterEach(async () => {
  await tick();
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, "", "/");
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

async function open(raw: object, at = T0) {
  const element = host();
  const { delivery, startDelivery } = fakeDelivery();
  const handle = await mount(element, raw, {}, { startDelivery, now: steppingClock(at) });
  await kitAttached(delivery);
  const view = within(element.shadowRoot as unknown as HTMLElement);
  const heading = () => view.getByRole("heading", { level: 2 }).textContent;
  const type = (label: string, value: string) => {
    const input = view.getByLabelText(label);
    fireEvent.input(input, { target: { value } });
    fireEvent.change(input, { target: { value } });
  };
  const click = (name: string) => fireEvent.click(view.getByRole("button", { name }));
  return { element, handle, delivery, view, heading, type, click };
}

/** Answers visit 1 in an open form: email (a contact question, outside the budget), role (the budget of 1), consent. */
function answerVisitOne(form: Awaited<ReturnType<typeof open>>, email = "ana@acme.io", role = "VP") {
  form.type("Work email", email);
  form.click("Next");
  fireEvent.click(form.view.getByRole("radio", { name: role }));
  form.click("Next");
  fireEvent.click(form.view.getByRole("checkbox", { name: /I agree/ }));
  form.click("Submit");
}

async function firstVisit() {
  const form = await open(config());
  answerVisitOne(form);
  form.handle.unmount();
  return form.delivery.submitted[0]!;
}

describe("progressive profiling in a mounted widget", () => {
  it("remembers the first visit and asks a returning visitor only new questions, sending everything known", async () => {
    const first = await firstVisit();
    expect(first.visitorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.context.visit).toBe(1);
    expect(localStorage.getItem(PROFILE_KEY)).toContain("ana@acme.io");

    const form = await open(config({ maxNewQuestionsPerVisit: 2 }), T0 + HOUR);
    expect(form.view.getByText("Welcome back, ana@acme.io")).toBeTruthy();
    expect(form.heading()).toBe("Company");
    expect(form.view.getByRole("progressbar").getAttribute("aria-valuemax")).toBe("3");
    form.type("Company", "Acme");
    form.click("Next");
    form.type("Employees", "250");
    form.click("Next");
    fireEvent.click(form.view.getByRole("checkbox", { name: /I agree/ }));
    form.click("Submit");
    const second = form.delivery.submitted[0]!;
    expect(second.answers).toEqual({ email: "ana@acme.io", role: "vp", company: "Acme", size: 250, consent: true });
    expect(second.visitorId).toBe(first.visitorId);
    expect(second.context.visit).toBe(2);
    expect(second.profileComplete).toBe(true);
    expect(second.leadId).not.toBe(first.leadId);
    // An update, not a duplicate: the receiver can merge it into the first lead's row.
    expect(second.supersedes).toBe(first.leadId);
    expect(second.previousTier).toBe(first.score.tier);
    expect(first.supersedes).toBeUndefined();
  });

  it("forgets the visitor at once on Not you? and restarts at question 1 with nothing known", async () => {
    await firstVisit();
    const form = await open(config(), T0 + HOUR);
    form.click("Not you?");
    expect(localStorage.getItem(PROFILE_KEY)).toBeNull();
    expect(form.view.queryByText(/Welcome back/)).toBeNull();
    expect(form.heading()).toBe("Work email");
    expect(form.element.shadowRoot?.activeElement?.textContent).toBe("Work email");
    form.type("Work email", "bo@beta.io");
    form.click("Next");
    fireEvent.click(form.view.getByRole("radio", { name: "Manager" }));
    form.click("Next");
    fireEvent.click(form.view.getByRole("checkbox", { name: /I agree/ }));
    form.click("Submit");
    const lead = form.delivery.submitted[0]!;
    expect(lead.answers).toEqual({ email: "bo@beta.io", role: "manager", consent: true });
    expect(lead.context.visit).toBe(1);
    expect(lead.supersedes).toBeUndefined();
  });

  it("writes no profile and sends visitorId null under Global Privacy Control", async () => {
    Object.defineProperty(navigator, "globalPrivacyControl", { value: true, configurable: true });
    const lead = await firstVisit();
    expect(lead.visitorId).toBeNull();
    expect(localStorage.getItem(PROFILE_KEY)).toBeNull();
    const again = await firstVisit();
    expect(again.supersedes).toBeUndefined();
  });

  it("writes no profile when the config says remember false", async () => {
    const form = await open({ ...config(), profile: { remember: false } });
    form.type("Work email", "ana@acme.io");
    form.click("Next");
    fireEvent.click(form.view.getByRole("radio", { name: "VP" }));
    form.click("Next");
    fireEvent.click(form.view.getByRole("checkbox", { name: /I agree/ }));
    form.click("Submit");
    expect(form.delivery.submitted[0]?.visitorId).toBeNull();
    expect(localStorage.getItem(PROFILE_KEY)).toBeNull();
  });

  it("treats ?lq_ prefill as known: the question is skipped and the lead carries the value", async () => {
    history.replaceState(null, "", "/landing?lq_role=vp");
    const form = await open(config({ maxNewQuestionsPerVisit: 1 }));
    expect(form.heading()).toBe("Work email");
    form.type("Work email", "ana@acme.io");
    form.click("Next");
    // role is known, so the budget of 1 goes to the next open question.
    expect(form.heading()).toBe("Company");
    form.type("Company", "Acme");
    form.click("Next");
    fireEvent.click(form.view.getByRole("checkbox", { name: /I agree/ }));
    form.click("Submit");
    expect(form.delivery.submitted[0]?.answers).toEqual({ email: "ana@acme.io", role: "vp", company: "Acme", consent: true });
  });

  it("restores this visit's answers and step from the tab draft after a remount, and clears it on submit", async () => {
    const before = await open(config());
    before.type("Work email", "ana@acme.io");
    before.click("Next");
    before.handle.unmount();
    expect(sessionStorage.getItem(draftKey("profile-form"))).toContain("ana@acme.io");

    const after = await open(config());
    expect(after.heading()).toBe("Your role");
    after.click("Back");
    expect((after.view.getByLabelText("Work email") as HTMLInputElement).value).toBe("ana@acme.io");
    after.click("Next");
    fireEvent.click(after.view.getByRole("radio", { name: "VP" }));
    after.click("Next");
    fireEvent.click(after.view.getByRole("checkbox", { name: /I agree/ }));
    after.click("Submit");
    expect(after.delivery.submitted[0]?.answers.email).toBe("ana@acme.io");
    expect(sessionStorage.getItem(draftKey("profile-form"))).toBeNull();
  });

  it("sends one partial lead on pagehide, then the complete lead with its own leadId and the same visitorId", async () => {
    const form = await open(config({ capturePartial: true }));
    form.type("Work email", "ana@acme.io");
    form.click("Next");
    window.dispatchEvent(new Event("pagehide"));
    window.dispatchEvent(new Event("pagehide"));
    expect(form.delivery.submitted).toHaveLength(1);
    const partial = form.delivery.submitted[0]!;
    expect(partial.context.partial).toBe(true);
    expect(partial.profileComplete).toBe(false);
    expect(partial.answers).toEqual({ email: "ana@acme.io" });

    fireEvent.click(form.view.getByRole("radio", { name: "VP" }));
    form.click("Next");
    fireEvent.click(form.view.getByRole("checkbox", { name: /I agree/ }));
    form.click("Submit");
    window.dispatchEvent(new Event("pagehide"));
    expect(form.delivery.submitted).toHaveLength(2);
    const complete = form.delivery.submitted[1]!;
    expect(complete.context.partial).toBeUndefined();
    expect(complete.leadId).not.toBe(partial.leadId);
    expect(complete.visitorId).not.toBeNull();
    expect(complete.supersedes).toBe(partial.leadId);
    expect(complete.previousTier).toBe(partial.score.tier);
  });

  it("links a second lead from the same page to the first even when nothing is remembered, but not after reset()", async () => {
    Object.defineProperty(navigator, "globalPrivacyControl", { value: true, configurable: true });
    const form = await open(config());
    answerVisitOne(form);
    form.click("Start over");
    answerVisitOne(form);
    const [first, second] = form.delivery.submitted;
    expect(second?.supersedes).toBe(first?.leadId);
    form.handle.reset();
    await tick();
    answerVisitOne(form, "bo@beta.io");
    expect(form.delivery.submitted[2]?.supersedes).toBeUndefined();
  });

  it("sends no partial lead without capturePartial", async () => {
    const form = await open(config());
    form.type("Work email", "ana@acme.io");
    form.click("Next");
    window.dispatchEvent(new Event("pagehide"));
    expect(form.delivery.submitted).toHaveLength(0);
  });
});

describe("call me now in a mounted widget", () => {
  it("sends the number as an update that supersedes the sales-ready lead, and remembers it", async () => {
    const form = await open(config());
    const submits: string[] = [];
    const qualified: string[] = [];
    form.handle.on("submit", ({ lead }) => void submits.push(lead.leadId));
    form.handle.on("qualified", ({ score }) => void qualified.push(score.tier));
    answerVisitOne(form);
    const first = form.delivery.submitted[0]!;
    expect(first.score.tier).toBe("sales-ready");

    form.type("Your phone number", "+49 30 1234567");
    form.click("Call me now");
    expect(form.delivery.submitted).toHaveLength(2);
    const update = form.delivery.submitted[1]!;
    expect(update.leadId).not.toBe(first.leadId);
    expect(update).toMatchObject({ supersedes: first.leadId, previousTier: "sales-ready", priority: "immediate", visitorId: first.visitorId });
    expect(update.answers).toEqual({ ...first.answers, phone: "+49 30 1234567" });
    expect(update.consent?.given).toBe(true);
    expect(submits).toEqual([first.leadId, update.leadId]);
    expect(qualified).toEqual(["sales-ready"]);
    form.handle.unmount();

    // Next visit: the number is known, so it is on the lead and not offered again.
    const again = await open(config({ maxNewQuestionsPerVisit: 2 }), T0 + HOUR);
    again.type("Company", "Acme");
    again.click("Next");
    again.type("Employees", "250");
    again.click("Next");
    fireEvent.click(again.view.getByRole("checkbox", { name: /I agree/ }));
    again.click("Submit");
    const third = again.delivery.submitted[0]!;
    expect(third.answers.phone).toBe("+49 30 1234567");
    expect(third.supersedes).toBe(update.leadId);
    expect(again.view.queryByRole("button", { name: "Call me now" })).toBeNull();
  });
});

describe("createVisitSession", () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
  };

  it("knows, keeps and remembers nothing in kiosk mode", () => {
    const localStorage = memory();
    localStorage.setItem(PROFILE_KEY, JSON.stringify({ visitorId: "v", answers: { role: "vp" }, visits: 1, lastVisitAt: 0, updatedAt: 0 }));
    const sessionStorage = memory();
    const host = { localStorage, sessionStorage, location: { search: "?lq_role=vp" }, navigator: {} };
    const session = createVisitSession({ config: makeConfig({ mode: "kiosk", profile: { remember: true, ttlDays: 180 } }), host, now: () => 0, randomId: () => "id" });
    expect(session.start()).toEqual({ known: {}, draft: {}, visit: 1, returning: null, previous: null });
    session.saveDraft({ role: "vp" });
    expect(session.remember({ role: "vp" }, true)).toBeNull();
    expect(sessionStorage.data.size).toBe(0);
    expect(localStorage.data.size).toBe(1);
  });

  it("stops using the URL prefill once the visitor says Not you?", () => {
    const host = { localStorage: memory(), sessionStorage: memory(), location: { search: "?lq_role=vp" }, navigator: {} };
    const session = createVisitSession({ config: makeConfig(), host, now: () => 0, randomId: () => "id" });
    expect(session.start().known).toEqual({ role: "vp" });
    session.forget();
    expect(session.start().known).toEqual({});
  });
});
