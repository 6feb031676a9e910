import { describe, expect, it } from "vitest";
import { applicableQuestions } from "../../src/qualify/applicable-questions";
import { PRODUCT_LINE_QUESTION_ID, productLineQuestion } from "../../src/qualify/product-line-question";
import { config, configWithLines } from "./fixtures";

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);
const core = ["role", "timeframe", "budget", "need", "employees", "email"];

describe("applicableQuestions", () => {
  it("asks the core questions in order, applying showIf to the current answers", () => {
    expect(ids(applicableQuestions(config, {}))).toEqual([...core, "consent"]);
    expect(ids(applicableQuestions(config, { employees: 250 }))).toEqual([...core.slice(0, 5), "team", "email", "consent"]);
  });

  it("adds the product-line picker after the core when no line is fixed, then the chosen line's questions", () => {
    expect(ids(applicableQuestions(configWithLines, {}))).toEqual([...core, "productLine", "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: "crm" }))).toEqual([...core, "productLine", "seats", "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: "crm", seats: 500 })))
      .toEqual([...core, "productLine", "seats", "crmNotes", "consent"]);
  });

  it("skips the picker when the line is fixed by the argument or by config.productLine", () => {
    expect(ids(applicableQuestions(configWithLines, {}, "analytics"))).toEqual([...core, "warehouse", "consent"]);
    expect(ids(applicableQuestions({ ...configWithLines, productLine: "crm" }, {}))).toEqual([...core, "seats", "consent"]);
  });

  it("keeps consent last, after the product-line questions", () => {
    const list = applicableQuestions(configWithLines, { productLine: "analytics" });
    expect(list.at(-1)?.type).toBe("consent");
    expect(ids(list).indexOf("warehouse")).toBeLessThan(ids(list).indexOf("consent"));
  });

  it("adds nothing for an unknown product line and never throws on odd answers", () => {
    expect(ids(applicableQuestions(configWithLines, {}, "nope"))).toEqual([...core, "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: ["crm"] }))).toEqual([...core, "productLine", "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: "toString" }))).toEqual([...core, "productLine", "consent"]);
  });
});

describe("productLineQuestion", () => {
  it("is a required single choice with one option per product line, labelled in four languages", () => {
    const picker = productLineQuestion(configWithLines);
    expect(picker).toMatchObject({ id: PRODUCT_LINE_QUESTION_ID, type: "single", required: true });
    expect(picker.options).toEqual([
      { value: "analytics", label: { en: "Analytics", de: "Analytik" } },
      { value: "crm", label: "CRM" },
    ]);
    expect(Object.keys(picker.label)).toEqual(["en", "de", "fr", "es"]);
    expect(PRODUCT_LINE_QUESTION_ID).toBe("productLine");
  });
});
