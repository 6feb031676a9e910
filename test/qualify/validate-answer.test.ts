import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/config/types";
import { validateAnswer } from "../../src/qualify/validate-answer";
import { questions } from "./fixtures";

const q = (question: Partial<Question> & Pick<Question, "type">): Question => ({ id: "q", label: "Q", ...question });
const role = questions[0]!;
const need = questions[3]!;

describe("validateAnswer", () => {
  it("asks for a required answer and accepts an empty optional one", () => {
    for (const empty of [undefined, "", "   ", []]) {
      expect(validateAnswer(q({ type: "text", required: true }), empty)).toEqual({ code: "required" });
      expect(validateAnswer(q({ type: "text" }), empty)).toBeNull();
    }
  });

  it("checks email syntax pragmatically", () => {
    expect(validateAnswer(q({ type: "email" }), "ana@acme.io")).toBeNull();
    expect(validateAnswer(q({ type: "email" }), "ana@acme")).toEqual({ code: "email" });
    expect(validateAnswer(q({ type: "email" }), "ana lopez@acme.io")).toEqual({ code: "email" });
  });

  it("refuses free or disposable addresses only when the question says so", () => {
    const b2b = q({ type: "email", reject: ["free-email", "disposable-email"] });
    expect(validateAnswer(b2b, "ana@gmail.com")).toEqual({ code: "free-email", params: { domain: "gmail.com" } });
    expect(validateAnswer(b2b, "ana@yopmail.com")).toEqual({ code: "disposable-email", params: { domain: "yopmail.com" } });
    expect(validateAnswer(q({ type: "email" }), "ana@gmail.com")).toBeNull();
  });

  it("accepts phone numbers with 6 to 20 digits and usual separators", () => {
    for (const ok of ["+49 (30) 1234-5678", "030/123.456", "123456"]) expect(validateAnswer(q({ type: "phone" }), ok), ok).toBeNull();
    for (const bad of ["12345", "call me", "+1 234 567 890 123 456 789 01", "123456x"]) {
      expect(validateAnswer(q({ type: "phone" }), bad), bad).toEqual({ code: "phone" });
    }
  });

  it("checks numbers are finite and within min and max, with the bound as a parameter", () => {
    const employees = q({ type: "number", min: 1, max: 1_000_000 });
    expect(validateAnswer(employees, 250)).toBeNull();
    expect(validateAnswer(employees, "250")).toBeNull();
    expect(validateAnswer(employees, "many")).toEqual({ code: "number" });
    expect(validateAnswer(employees, Number.NaN)).toEqual({ code: "number" });
    expect(validateAnswer(employees, 0)).toEqual({ code: "min", params: { min: 1 } });
    expect(validateAnswer(employees, 2_000_000)).toEqual({ code: "max", params: { max: 1_000_000 } });
  });

  it("limits text to maxLength, 500 for text and 5000 for textarea by default", () => {
    expect(validateAnswer(q({ type: "text" }), "a".repeat(500))).toBeNull();
    expect(validateAnswer(q({ type: "text" }), "a".repeat(501))).toEqual({ code: "maxLength", params: { max: 500 } });
    expect(validateAnswer(q({ type: "textarea" }), "a".repeat(5001))).toEqual({ code: "maxLength", params: { max: 5000 } });
    expect(validateAnswer(q({ type: "text", maxLength: 3 }), "abcd")).toEqual({ code: "maxLength", params: { max: 3 } });
  });

  it("accepts only the question's options for single, select and multi", () => {
    expect(validateAnswer(role, "vp")).toBeNull();
    expect(validateAnswer(role, "pirate")).toEqual({ code: "option" });
    expect(validateAnswer(role, ["vp"])).toEqual({ code: "option" });
    expect(validateAnswer(need, ["reporting", "alerts"])).toBeNull();
    expect(validateAnswer(need, ["reporting", "teleport"])).toEqual({ code: "option" });
    expect(validateAnswer(need, "reporting")).toEqual({ code: "option" });
  });

  it("accepts only real calendar dates as yyyy-mm-dd", () => {
    expect(validateAnswer(q({ type: "date" }), "2026-02-28")).toBeNull();
    expect(validateAnswer(q({ type: "date" }), "2028-02-29")).toBeNull();
    for (const bad of ["2026-02-30", "2026-13-01", "26-01-01", "01/02/2026", "2026-1-1"]) {
      expect(validateAnswer(q({ type: "date" }), bad), bad).toEqual({ code: "date" });
    }
  });

  it("requires a required consent to be given (true), and never blocks an optional one", () => {
    const consent = q({ type: "consent", required: true });
    expect(validateAnswer(consent, true)).toBeNull();
    expect(validateAnswer(consent, false)).toEqual({ code: "consent" });
    expect(validateAnswer(consent, undefined)).toEqual({ code: "consent" });
    expect(validateAnswer(q({ type: "consent" }), false)).toBeNull();
  });

  it("never throws, whatever the value and question type", () => {
    const types = ["single", "multi", "select", "text", "textarea", "email", "phone", "number", "date", "consent"] as const;
    const value = fc.option(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.array(fc.string())), { nil: undefined });
    fc.assert(fc.property(fc.constantFrom(...types), fc.boolean(), value, (type, required, v) => {
      const result = validateAnswer(q({ type, required, options: role.options }), v);
      expect(result === null || typeof result.code === "string").toBe(true);
    }));
  });
});
