import { fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMPILED_FORMAT } from "../../src/config/compiled-config";
import { t } from "../../src/i18n/t";
import { mount, MOUNTED_ATTRIBUTE } from "../../src/widget/mount";
import { autoMountAll } from "../../src/widget/auto-mount";
import { ANSWERS, fakeDelivery, host, rawConfig, steppingClock, tick } from "./mount-fixtures";

// The real LeadForm has its own tests; here a stand-in drives mount()'s wiring.
vi.mock("../../src/widget/lead-form", async () => ({ LeadForm: (await import("./mount-fixtures")).FakeLeadForm }));

afterEach(async () => {
  // Let held events of this test's widgets go out before the next test installs its dataLayer.
  await tick();
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  delete (window as { dataLayer?: unknown }).dataLayer;
  vi.restoreAllMocks();
});

const shadowOf = (element: Element) => within(element.shadowRoot as unknown as HTMLElement);

describe("mount", () => {
  it("renders the form inside an open shadow root styled by constructable stylesheets", async () => {
    const element = host();
    const handle = await mount(element, rawConfig, {}, { startDelivery: fakeDelivery().startDelivery });
    expect(handle.state).toBe("ready");
    expect(handle.formId).toBe("test-form");
    expect(element.shadowRoot?.mode).toBe("open");
    expect(shadowOf(element).getByRole("heading", { name: "test-form" })).toBeTruthy();
    expect(element.shadowRoot?.adoptedStyleSheets.length).toBeGreaterThanOrEqual(1);
    expect(element.shadowRoot?.querySelector("style")).toBeNull();
    expect(element.hasAttribute(MOUNTED_ATTRIBUTE)).toBe(true);
  });

  it("gives back the same handle when the same element is mounted twice, and renders one widget", async () => {
    const element = host();
    const { startDelivery } = fakeDelivery();
    const [first, second] = await Promise.all([
      mount(element, rawConfig, {}, { startDelivery }),
      mount(element, rawConfig, {}, { startDelivery }),
    ]);
    const third = await mount(element, rawConfig, {}, { startDelivery });
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(element.shadowRoot?.querySelectorAll(".fake-form")).toHaveLength(1);
  });

  it("can mount again after unmount, reusing the shadow root", async () => {
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    const first = await mount(element, rawConfig, {}, { startDelivery });
    first.unmount();
    expect(element.shadowRoot?.querySelector(".fake-form")).toBeNull();
    expect(delivery.stop).toHaveBeenCalledOnce();
    expect(element.hasAttribute(MOUNTED_ATTRIBUTE)).toBe(false);
    const second = await mount(element, rawConfig, {}, { startDelivery });
    expect(second).not.toBe(first);
    expect(element.shadowRoot?.querySelectorAll(".fake-form")).toHaveLength(1);
  });

  it("lets overrides win over the config", async () => {
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    const withLines = { ...rawConfig, productLines: { analytics: { label: "Analytics", questions: [] } } };
    await mount(element, withLines, { locale: "de", productLine: "analytics", endpoint: "https://other.example.com/in" }, { startDelivery });
    const form = element.shadowRoot!.querySelector(".fake-form")!;
    expect(form.getAttribute("data-locale")).toBe("de");
    expect(form.getAttribute("data-product-line")).toBe("analytics");
    expect(delivery.options?.endpoint).toBe("https://other.example.com/in");
  });

  it("rejects only when the target selector matches nothing", async () => {
    await expect(mount("#missing", rawConfig)).rejects.toThrow(/not found/);
  });
});

describe("auto-mounting from data-* attributes", () => {
  it("reads the config from a JSON script element and the mode and locale from the attributes", async () => {
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "cfg";
    script.textContent = JSON.stringify(rawConfig);
    document.body.append(script);
    const element = host({ "data-lead-qualifier": "", "data-config": "#cfg", "data-mode": "popup", "data-locale": "de" });
    const [pending] = autoMountAll(document);
    const handle = await pending;
    expect(handle?.state).toBe("ready");
    expect(shadowOf(element).getByRole("button", { name: t("de", "launcher") })).toBeTruthy();
    expect(autoMountAll(document)).toHaveLength(0);
    handle?.unmount();
  });
});

describe("widget events", () => {
  it("fires ready, step, answer, qualified, submit through on() and as DOM events, in that order", async () => {
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    const domEvents: string[] = [];
    for (const name of ["ready", "step", "answer", "qualified", "submit"]) {
      document.addEventListener(`lead-qualifier:${name}`, () => domEvents.push(name));
    }
    const handle = await mount(element, rawConfig, {}, { startDelivery, now: steppingClock() });
    const seen: string[] = [];
    handle.on("ready", () => seen.push("ready"));
    handle.on("step", ({ index, total }) => seen.push(`step ${index}/${total}`));
    handle.on("answer", ({ questionId }) => seen.push(`answer ${questionId}`));
    handle.on("qualified", ({ score }) => seen.push(`qualified ${score.tier}`));
    handle.on("submit", ({ lead }) => seen.push(`submit ${lead.answers.email}`));
    await tick();

    fireEvent.click(shadowOf(element).getByRole("button", { name: "Answer" }));
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Finish" }));
    await vi.waitFor(() => expect(delivery.submitted).toHaveLength(1));

    expect(seen).toEqual(["ready", "step 0/3", "answer email", "qualified sales-ready", "submit ana@acme.io"]);
    expect(delivery.submitted).toHaveLength(1);
    expect(domEvents).toEqual(["ready", "step", "answer", "qualified", "submit"]);
  });

  it("submits one complete lead to delivery with consent, context and the scored tier", async () => {
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    await mount(element, rawConfig, {}, { startDelivery, now: steppingClock() });
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Answer" }));
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Finish" }));
    await vi.waitFor(() => expect(delivery.submitted).toHaveLength(1));
    const lead = delivery.submitted[0]!;
    expect(lead.leadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lead.answers).toEqual(ANSWERS);
    expect(lead.score.tier).toBe("sales-ready");
    expect(lead.consent).toEqual({ given: true, text: "I agree to be contacted.", at: lead.submittedAt });
    expect(lead.context.locale).toBe("en");
    expect(lead.context.durationMs).toBe(10_000);
    expect(lead.context.suspectedBot).toBeUndefined();
    // Consent was given outside kiosk mode, so the visitor is remembered (SPEC 6).
    expect(lead.visitorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("flags a lead filled faster than flow.minFillSeconds as a suspected bot, and still submits it", async () => {
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    const fixed = new Date(Date.UTC(2026, 0, 1));
    await mount(element, rawConfig, {}, { startDelivery, now: () => fixed });
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Answer" }));
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Finish" }));
    await vi.waitFor(() => expect(delivery.submitted).toHaveLength(1));
    expect(delivery.submitted[0]?.context.suspectedBot).toBe(true);
  });

  it("pushes every event to window.dataLayer without answer values", async () => {
    const dataLayer: Array<Record<string, unknown>> = [];
    (window as { dataLayer?: unknown }).dataLayer = dataLayer;
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    await mount(element, rawConfig, {}, { startDelivery, now: steppingClock() });
    await tick();
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Answer" }));
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Finish" }));
    await vi.waitFor(() => expect(delivery.submitted).toHaveLength(1));
    delivery.options?.onDelivered?.(delivery.submitted[0]!.leadId);

    expect(dataLayer.map((entry) => entry.event)).toEqual([
      "lead_qualifier_ready", "lead_qualifier_step", "lead_qualifier_answer",
      "lead_qualifier_qualified", "lead_qualifier_submit", "lead_qualifier_delivered",
    ]);
    expect(dataLayer.every((entry) => entry.formId === "test-form")).toBe(true);
    expect(JSON.stringify(dataLayer)).not.toContain("ana@acme.io");
    expect(dataLayer[4]).toEqual({
      event: "lead_qualifier_submit", formId: "test-form", leadId: delivery.submitted[0]!.leadId, tier: "sales-ready", total: 25,
    });
  });

  it("turns delivery callbacks into delivered and error events and lists undelivered leads", async () => {
    const element = host();
    const { delivery, startDelivery } = fakeDelivery();
    const handle = await mount(element, rawConfig, {}, { startDelivery, now: steppingClock() });
    const delivered = vi.fn();
    const errors = vi.fn();
    handle.on("delivered", delivered);
    handle.on("error", errors);
    await tick();
    fireEvent.click(shadowOf(element).getByRole("button", { name: "Finish" }));
    await vi.waitFor(() => expect(delivery.submitted).toHaveLength(1));
    const leadId = delivery.submitted[0]!.leadId;
    delivery.options?.onDelivered?.(leadId);
    delivery.options?.onError?.({ code: "delivery_failed", message: "HTTP 400", leadId, status: 400 });
    expect(delivered).toHaveBeenCalledWith({ leadId });
    expect(errors).toHaveBeenCalledWith({ code: "delivery_failed", message: "HTTP 400", leadId, status: 400 });
    expect(handle.outbox().map((entry) => entry.lead.leadId)).toEqual([leadId]);
  });
});

describe("a broken config", () => {
  it("shows a calm notice, logs every issue in one console.error and fires an error event", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const element = host();
    const seen: unknown[] = [];
    element.addEventListener("lead-qualifier:error", (event) => seen.push((event as CustomEvent).detail));
    const bad = { ...rawConfig, endpoint: "ftp://nope", questions: [{ id: "role", type: "single", label: "Role", options: [{ label: "x" }] }] };
    const handle = await mount(element, bad, {}, { startDelivery: fakeDelivery().startDelivery });
    await tick();

    expect(handle.state).toBe("error");
    const notice = shadowOf(element).getByRole("status");
    expect(notice.textContent).toContain(t("en", "configError"));
    expect(notice.textContent).toContain("endpoint: ");
    expect(notice.textContent).toContain("questions[0].options[0].value: ");
    expect(consoleError).toHaveBeenCalledOnce();
    const logged = String(consoleError.mock.calls[0]?.[0]);
    expect(logged.split("\n")[0]).toMatch(/^lead-qualifier: the form config is invalid \(\d+ issues\):$/);
    expect(logged).toMatch(/\n {2}endpoint: /);
    expect(logged).toMatch(/\n {2}questions\[0\]\.options\[0\]\.value: /);
    expect(seen).toEqual([expect.objectContaining({ code: "invalid_config" })]);
  });

  it("names the form in the handle and the error event when a compiled config fails validation", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const dataLayer: unknown[] = [];
    (window as { dataLayer?: unknown[] }).dataLayer = dataLayer;
    const element = host();
    // Edited after the build (the hash no longer matches), and broken: the full validator decides.
    const stale = { compiled: COMPILED_FORMAT, version: "0.0.1", sha256: "sha256-x", config: { ...rawConfig, endpoint: "ftp://nope" } };
    const handle = await mount(element, stale, {}, { startDelivery: fakeDelivery().startDelivery });
    await tick();
    expect(handle.state).toBe("error");
    expect(handle.formId).toBe(rawConfig.id);
    expect(dataLayer).toContainEqual(expect.objectContaining({ event: "lead_qualifier_error", formId: rawConfig.id, code: "invalid_config" }));
  });

  it("reports an unreachable config URL as config_unreachable", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const element = host();
    const fetch = (async () => new Response("", { status: 404 })) as unknown as typeof globalThis.fetch;
    const handle = await mount(element, "/forms/missing.json", {}, { fetch, startDelivery: fakeDelivery().startDelivery });
    const errors = vi.fn();
    handle.on("error", errors);
    await tick();
    expect(handle.state).toBe("error");
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ code: "config_unreachable" }));
    expect(String(consoleError.mock.calls[0]?.[0])).toContain("/forms/missing.json: HTTP 404");
    expect(shadowOf(element).getByRole("status").textContent).toContain(t("en", "configError"));
  });
});

describe("popup mode through the handle", () => {
  it("opens and closes the dialog with open() and close(), and Escape closes it", async () => {
    const element = host();
    const handle = await mount(element, { ...rawConfig, mode: "popup", launcher: { label: "Talk to sales" } }, {}, {
      startDelivery: fakeDelivery().startDelivery,
    });
    const dialog = element.shadowRoot!.querySelector("dialog")!;
    const launcher = shadowOf(element).getByRole("button", { name: "Talk to sales" });
    expect(dialog.open).toBe(false);
    handle.open();
    await tick();
    expect(dialog.open).toBe(true);
    handle.close();
    await tick();
    expect(dialog.open).toBe(false);
    fireEvent.click(launcher);
    await tick();
    expect(dialog.open).toBe(true);
    fireEvent.keyDown(dialog, { key: "Escape" });
    await tick();
    expect(dialog.open).toBe(false);
    expect(element.shadowRoot!.activeElement).toBe(launcher);
  });
});
