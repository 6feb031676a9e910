import { describe, expect, it } from "vitest";
import { formQuestions } from "../../src/qualify/form-questions";
import { config, configWithLines } from "./fixtures";

describe("formQuestions", () => {
  it("lists the core questions, then every product line's, with no picker and no built-in phone question", () => {
    const ids = formQuestions(configWithLines).map((q) => q.id);
    expect(ids).toEqual([...configWithLines.questions.map((q) => q.id), "warehouse", "seats", "crmNotes"]);
    expect(ids).not.toContain("productLine");
    expect(ids).not.toContain("phone");
  });

  it("is the core questions alone for a config without product lines", () => {
    expect(formQuestions(config)).toEqual(config.questions);
  });
});
