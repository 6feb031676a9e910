import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerValue, Condition } from "../../src/config/types";
import { classifyEmail } from "../../src/qualify/classify-email";
import { evaluateCondition } from "../../src/qualify/evaluate-condition";

const score = { total: 60, dimensions: { budget: 10, authority: 25, need: 15, timeframe: 10, fit: 0 } };

describe("evaluateCondition", () => {
  it("matches `in` on a single answer, comparing as text", () => {
    expect(evaluateCondition({ answer: "role", in: ["vp", "cxo"] }, { answers: { role: "vp" } })).toBe(true);
    expect(evaluateCondition({ answer: "role", in: ["vp"] }, { answers: { role: "manager" } })).toBe(false);
    expect(evaluateCondition({ answer: "size", in: [50] }, { answers: { size: "50" } })).toBe(true);
    expect(evaluateCondition({ answer: "ok", in: [true] }, { answers: { ok: true } })).toBe(true);
  });

  it("matches `in` on a multi answer when any chosen value overlaps", () => {
    expect(evaluateCondition({ answer: "need", in: ["alerts"] }, { answers: { need: ["reporting", "alerts"] } })).toBe(true);
    expect(evaluateCondition({ answer: "need", in: ["alerts"] }, { answers: { need: [] } })).toBe(false);
  });

  it("compares numbers and numeric strings, and is false for anything else", () => {
    const gte50: Condition = { answer: "employees", gte: 50 };
    expect(evaluateCondition(gte50, { answers: { employees: 50 } })).toBe(true);
    expect(evaluateCondition(gte50, { answers: { employees: "250" } })).toBe(true);
    expect(evaluateCondition(gte50, { answers: { employees: 49 } })).toBe(false);
    expect(evaluateCondition(gte50, { answers: { employees: "lots" } })).toBe(false);
    expect(evaluateCondition(gte50, { answers: { employees: "" } })).toBe(false);
    expect(evaluateCondition(gte50, { answers: { employees: [ "60" ] } })).toBe(false);
    expect(evaluateCondition({ answer: "n", gt: 1, lt: 3 }, { answers: { n: 2 } })).toBe(true);
    expect(evaluateCondition({ answer: "n", lte: 1 }, { answers: { n: 2 } })).toBe(false);
  });

  it("treats a comparison without any bound as false", () => {
    expect(evaluateCondition({ answer: "n" }, { answers: { n: 2 } })).toBe(false);
  });

  it("counts non-empty strings, non-empty lists and any boolean as answered", () => {
    const answered: Condition = { answer: "x", is: "answered" };
    expect(evaluateCondition(answered, { answers: { x: "a" } })).toBe(true);
    expect(evaluateCondition(answered, { answers: { x: false } })).toBe(true);
    expect(evaluateCondition(answered, { answers: { x: 0 } })).toBe(true);
    expect(evaluateCondition(answered, { answers: { x: "  " } })).toBe(false);
    expect(evaluateCondition(answered, { answers: { x: [] } })).toBe(false);
    expect(evaluateCondition(answered, { answers: {} })).toBe(false);
  });

  it("classifies email answers as free or disposable with the classifier it is given", () => {
    const ctx = (email: AnswerValue) => ({ answers: { email }, classifyEmail });
    expect(evaluateCondition({ answer: "email", is: "free-email" }, ctx("ana@gmail.com"))).toBe(true);
    expect(evaluateCondition({ answer: "email", is: "free-email" }, ctx("ana@acme.io"))).toBe(false);
    expect(evaluateCondition({ answer: "email", is: "disposable-email" }, ctx("a@yopmail.com"))).toBe(true);
    expect(evaluateCondition({ answer: "email", is: "disposable-email" }, ctx(3))).toBe(false);
  });

  it("says false to an email's class without a classifier (the landing page's first screen, before the form kit)", () => {
    expect(evaluateCondition({ answer: "email", is: "free-email" }, { answers: { email: "ana@gmail.com" } })).toBe(false);
    expect(evaluateCondition({ not: { answer: "email", is: "disposable-email" } }, { answers: { email: "a@yopmail.com" } })).toBe(true);
    expect(evaluateCondition({ answer: "email", is: "answered" }, { answers: { email: "ana@gmail.com" } })).toBe(true);
  });

  it("reads score conditions from the computed points, and is false without them", () => {
    expect(evaluateCondition({ score: "total", gte: 60 }, { answers: {}, score })).toBe(true);
    expect(evaluateCondition({ score: "authority", lt: 25 }, { answers: {}, score })).toBe(false);
    expect(evaluateCondition({ score: "total", gte: 0 }, { answers: {} })).toBe(false);
  });

  it("combines with all, any and not", () => {
    const answers = { role: "vp", employees: 10 };
    expect(evaluateCondition({ all: [{ answer: "role", in: ["vp"] }, { answer: "employees", lt: 50 }] }, { answers })).toBe(true);
    expect(evaluateCondition({ any: [{ answer: "role", in: ["cxo"] }, { answer: "employees", gte: 50 }] }, { answers })).toBe(false);
    expect(evaluateCondition({ not: { answer: "role", in: ["student"] } }, { answers })).toBe(true);
    expect(evaluateCondition({ all: [] }, { answers })).toBe(true);
    expect(evaluateCondition({ any: [] }, { answers })).toBe(false);
  });

  it("never reads inherited properties as answers", () => {
    expect(evaluateCondition({ answer: "constructor", is: "answered" }, { answers: {} })).toBe(false);
    expect(evaluateCondition({ answer: "toString", in: ["x"] }, { answers: {} })).toBe(false);
  });

  it("never throws on random answers or malformed conditions", () => {
    const leaf = fc.oneof(
      fc.record({ answer: fc.string(), in: fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean())) }),
      fc.record({ answer: fc.string(), gte: fc.double() }),
      fc.record({ answer: fc.string(), is: fc.constantFrom("free-email", "disposable-email", "answered", "weird") }),
      fc.record({ score: fc.constantFrom("total", "fit", "nope"), lt: fc.integer() }),
      fc.anything(),
    );
    const { cond } = fc.letrec((tie) => ({
      cond: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.record({ all: fc.array(tie("cond")) }),
        fc.record({ any: fc.array(tie("cond")) }), fc.record({ not: tie("cond") })),
    }));
    const answers = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.array(fc.string())));
    fc.assert(fc.property(cond, answers, fc.boolean(), (c, a, withScore) => {
      const result = evaluateCondition(c as Condition, { answers: a, classifyEmail, ...(withScore ? { score } : {}) });
      expect(typeof result).toBe("boolean");
    }));
  });
});
