import { describe, expect, it } from "vitest";
import { builtInPhoneQuestion, callMeNowQuestion, PHONE_QUESTION_ID } from "../../src/qualify/call-me-now-question";
import { configQuestions } from "../../src/qualify/config-questions";
import { config, configWithLines } from "./fixtures";

describe("callMeNowQuestion", () => {
  it("is a built-in phone question, labelled in four languages, when the config asks no phone", () => {
    const question = callMeNowQuestion(config);
    expect(question).toMatchObject({ id: PHONE_QUESTION_ID, type: "phone", required: true, contact: true });
    expect(Object.keys(question!.label)).toEqual(["en", "de", "fr", "es"]);
    expect(builtInPhoneQuestion(config)).toEqual(question);
  });

  it("is the config's own core phone question when it has one", () => {
    const mobile = { id: "mobile", type: "phone" as const, label: "Mobile" };
    const own = { ...config, questions: [...config.questions, mobile] };
    expect(callMeNowQuestion(own)).toBe(mobile);
    expect(builtInPhoneQuestion(own)).toBeNull();
  });

  it("offers nothing when a question of another type already uses the id phone", () => {
    const taken = { ...configWithLines, productLines: { crm: { label: "CRM", questions: [{ id: "phone", type: "text" as const, label: "Phone?" }] } } };
    expect(callMeNowQuestion(taken)).toBeNull();
  });

  it("makes the built-in number part of the form's questions, so leads and the profile keep it", () => {
    expect(configQuestions(config).map((q) => q.id)).toContain(PHONE_QUESTION_ID);
  });
});
