import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Lead, Score } from "../../src/config/types";
import { analyticsPayload } from "../../src/widget/analytics-payload";
import { createEmitter } from "../../src/widget/emitter";

const score: Score = {
  total: 82,
  dimensions: { budget: 20, authority: 25, need: 17, timeframe: 20, fit: 0 },
  tier: "sales-ready",
  reasons: ["Buying within a month"],
};
const lead = {
  leadId: "7b0c5e0e-3f43-4d7a-9a1e-2d7a8f2b9c10",
  answers: { email: "ana@acme.io", role: "vp" },
  score,
} as unknown as Lead;

afterEach(() => {
  delete (window as { dataLayer?: unknown }).dataLayer;
  document.body.replaceChildren();
});

describe("analyticsPayload", () => {
  it("summarizes a submit as lead id, tier and total, without answers", () => {
    expect(analyticsPayload("submit", { lead }, "acme")).toEqual({
      event: "lead_qualifier_submit",
      formId: "acme",
      leadId: lead.leadId,
      tier: "sales-ready",
      total: 82,
    });
  });

  it("adds the id of the lead an update supersedes, so a tag can count the person once", () => {
    const update = { ...lead, supersedes: "0f8fad5b-d9cb-469f-a165-70867728950e" } as Lead;
    expect(analyticsPayload("submit", { lead: update }, "acme")).toMatchObject({ leadId: lead.leadId, supersedes: update.supersedes });
  });

  it("keeps only the error code, not the message", () => {
    expect(analyticsPayload("error", { code: "delivery_failed", message: "HTTP 400 for ana@acme.io" }, "acme")).toEqual({
      event: "lead_qualifier_error",
      formId: "acme",
      code: "delivery_failed",
    });
  });

  it("never carries an answer value, whatever the answers are", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.string().map((s) => `company:${s}`), (email, company) => {
        const withAnswers = { ...lead, answers: { email, company } } as unknown as Lead;
        const json = JSON.stringify([
          analyticsPayload("submit", { lead: withAnswers }, "acme"),
          analyticsPayload("qualified", { score }, "acme"),
          analyticsPayload("answer", { questionId: "email" }, "acme"),
        ]);
        return !json.includes(email) && !json.includes("company:");
      }),
    );
  });
});

describe("createEmitter", () => {
  it("delivers an event to on() listeners, as a composed bubbling DOM event, and to dataLayer", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const dataLayer: unknown[] = [];
    (window as { dataLayer?: unknown }).dataLayer = dataLayer;
    const events = createEmitter({ host, formId: () => "acme" });
    const viaOn = vi.fn();
    const viaDom = vi.fn();
    events.on("answer", viaOn);
    document.body.addEventListener("lead-qualifier:answer", (event) => viaDom((event as CustomEvent).detail));

    events.emit("answer", { questionId: "role" });

    expect(viaOn).toHaveBeenCalledWith({ questionId: "role" });
    expect(viaDom).toHaveBeenCalledWith({ questionId: "role" });
    expect(dataLayer).toEqual([{ event: "lead_qualifier_answer", formId: "acme", questionId: "role" }]);
  });

  it("stops calling a listener once its off function ran", () => {
    const events = createEmitter({ host: document.createElement("div"), formId: () => null });
    const fn = vi.fn();
    const off = events.on("ready", fn);
    off();
    events.emit("ready", { formId: "acme" });
    expect(fn).not.toHaveBeenCalled();
  });

  it("holds events until released, then delivers them in order", () => {
    const events = createEmitter({ host: document.createElement("div"), formId: () => "acme", held: true });
    const seen: string[] = [];
    events.emit("ready", { formId: "acme" });
    events.emit("step", { index: 0, total: 3, questionIds: ["role"] });
    events.on("ready", () => seen.push("ready"));
    events.on("step", () => seen.push("step"));
    expect(seen).toEqual([]);
    events.release();
    expect(seen).toEqual(["ready", "step"]);
  });

  it("keeps going when a listener throws, and reports it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const events = createEmitter({ host: document.createElement("div"), formId: () => "acme" });
    const after = vi.fn();
    events.on("answer", () => {
      throw new Error("boom");
    });
    events.on("answer", after);
    events.emit("answer", { questionId: "role" });
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it("ignores a dataLayer without push and anything after clear()", () => {
    (window as { dataLayer?: unknown }).dataLayer = { not: "an array" };
    const events = createEmitter({ host: document.createElement("div"), formId: () => "acme" });
    const fn = vi.fn();
    events.on("answer", fn);
    expect(() => events.emit("answer", { questionId: "a" })).not.toThrow();
    events.clear();
    events.emit("answer", { questionId: "b" });
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
