import { describe, expect, it } from "vitest";
import { inputAttributes } from "../../src/widget/input-attributes";
import { toAnswer, toInputValue } from "../../src/widget/input-value";
import { question } from "./fixtures";

describe("inputAttributes", () => {
  it("gives each type its native input type, keyboard and autofill token", () => {
    expect(inputAttributes(question("work", "email"), false)).toEqual({ type: "email", inputMode: "email", autoComplete: "email" });
    expect(inputAttributes(question("mobile", "phone"), false)).toEqual({ type: "tel", inputMode: "tel", autoComplete: "tel" });
    expect(inputAttributes(question("employees", "number"), false)).toMatchObject({ type: "number", inputMode: "decimal" });
    expect(inputAttributes(question("start", "date"), false)).toMatchObject({ type: "date" });
  });

  it("autofills name and company by their question ids", () => {
    expect(inputAttributes(question("name", "text"), false).autoComplete).toBe("name");
    expect(inputAttributes(question("company", "text"), false).autoComplete).toBe("organization");
    expect(inputAttributes(question("notes", "text"), false).autoComplete).toBeUndefined();
  });

  it("turns autofill off in kiosk mode, where the next visitor must not see the last one's data", () => {
    expect(inputAttributes(question("email", "email"), true).autoComplete).toBe("off");
    expect(inputAttributes(question("company", "text"), true).autoComplete).toBe("off");
  });
});

describe("toAnswer", () => {
  it("stores numbers as numbers, keeps unparsable text for validation, and blank as no answer", () => {
    expect(toAnswer(question("n", "number"), " 250 ")).toBe(250);
    expect(toAnswer(question("n", "number"), "lots")).toBe("lots");
    expect(toAnswer(question("t", "text"), "   ")).toBeUndefined();
    expect(toInputValue(250)).toBe("250");
    expect(toInputValue(undefined)).toBe("");
  });
});
