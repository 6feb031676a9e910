import { describe, expect, it } from "vitest";
import { createDraftStore, draftKey } from "../../src/profile/create-draft-store";
import { memoryStorage } from "./make-config";

describe("createDraftStore", () => {
  it("gives back the answers saved in this tab, free text included", () => {
    const storage = memoryStorage();
    createDraftStore({ storage, formId: "acme" }).save({ role: "vp", notes: "call after 5", need: ["a"] });
    // A reload builds a new store over the same session storage.
    expect(createDraftStore({ storage, formId: "acme" }).load()).toEqual({ role: "vp", notes: "call after 5", need: ["a"] });
  });

  it("keeps each form's draft apart", () => {
    const storage = memoryStorage();
    createDraftStore({ storage, formId: "acme" }).save({ role: "vp" });
    expect(createDraftStore({ storage, formId: "other" }).load()).toEqual({});
  });

  it("overwrites the draft on every save", () => {
    const draft = createDraftStore({ storage: memoryStorage(), formId: "acme" });
    draft.save({ role: "vp" });
    draft.save({ role: "vp", timeframe: "now" });
    expect(draft.load()).toEqual({ role: "vp", timeframe: "now" });
  });

  it("leaves nothing behind after clear", () => {
    const storage = memoryStorage();
    const draft = createDraftStore({ storage, formId: "acme" });
    draft.save({ role: "vp" });
    draft.clear();
    expect(draft.load()).toEqual({});
    expect(storage.data.size).toBe(0);
  });

  it("loads corrupt or malformed data as an empty draft", () => {
    expect(createDraftStore({ storage: memoryStorage({ [draftKey("acme")]: "{oops" }), formId: "acme" }).load()).toEqual({});
    const mixed = JSON.stringify({ role: "vp", bad: { deep: true }, n: 4 });
    expect(createDraftStore({ storage: memoryStorage({ [draftKey("acme")]: mixed }), formId: "acme" }).load()).toEqual({ role: "vp", n: 4 });
  });

  it("never throws when storage throws or is missing", () => {
    const storage = memoryStorage();
    storage.fail();
    const draft = createDraftStore({ storage, formId: "acme" });
    expect(() => draft.save({ role: "vp" })).not.toThrow();
    expect(draft.load()).toEqual({});
    expect(() => draft.clear()).not.toThrow();
    expect(createDraftStore({ storage: null, formId: "acme" }).load()).toEqual({});
  });
});
