import { describe, expect, it } from "vitest";
import { badgeAnswers, badgeQuestions } from "../../src/badge/badge-answers";
import type { Config, Question } from "../../src/config/types";
import { baseConfig } from "../support/base-config";

const text = (id: string, extra: Partial<Question> = {}): Question => ({ id, type: "text", label: id, ...extra });
const booth = (questions: Question[], kiosk: Partial<Config["kiosk"]> = {}): Config =>
  baseConfig({ mode: "kiosk", questions, kiosk: { idleResetSeconds: 60, resetAfterSubmitSeconds: 10, ...kiosk } });

describe("badgeQuestions", () => {
  it("maps each field to the question of the same id, else email and phone to the first question of their type", () => {
    const config = booth([text("name"), text("company"), { id: "workEmail", type: "email", label: "Email" }, { id: "mobile", type: "phone", label: "Phone" }]);
    expect(badgeQuestions(config)).toEqual({ name: "name", company: "company", email: "workEmail", phone: "mobile" });
  });

  it("follows kiosk.badge.fields and leaves out fields the form does not ask", () => {
    const config = booth([text("fullName"), { id: "email", type: "email", label: "Email" }], { badge: { fields: { name: "fullName" } } });
    expect(badgeQuestions(config)).toEqual({ name: "fullName", email: "email" });
  });
});

describe("badgeAnswers", () => {
  it("turns a badge's contact into answers to this form's questions", () => {
    const config = booth([text("name"), text("company"), { id: "email", type: "email", label: "Email" }]);
    expect(badgeAnswers(config, { name: "Ana Lima", email: "ana@acme.io", company: "Acme", phone: "+4930" })).toEqual({
      name: "Ana Lima", email: "ana@acme.io", company: "Acme",
    });
  });

  it("drops a value the question would refuse, so that question is asked instead", () => {
    const config = booth([text("name", { maxLength: 5 }), { id: "email", type: "email", label: "Email", reject: ["free-email"] }]);
    expect(badgeAnswers(config, { name: "Ana Maria Lima", email: "ana@gmail.com" })).toEqual({});
    expect(badgeAnswers(config, { email: "not an address" })).toEqual({});
  });
});
