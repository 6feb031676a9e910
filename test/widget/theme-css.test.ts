import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { themeCss } from "../../src/widget/theme-css";

describe("themeCss", () => {
  it("writes the theme as custom properties on :host", () => {
    expect(themeCss({ accent: "#0b5fff", radius: "10px", font: "Inter, 'Open Sans', sans-serif" })).toBe(
      ":host { --lq-accent: #0b5fff; --lq-radius: 10px; --lq-font: Inter, 'Open Sans', sans-serif; }",
    );
  });

  it("accepts named colors and color functions", () => {
    expect(themeCss({ accent: "rebeccapurple" })).toContain("--lq-accent: rebeccapurple;");
    expect(themeCss({ accent: "rgb(11 95 255 / 90%)" })).toContain("--lq-accent: rgb(11 95 255 / 90%);");
  });

  it("answers an empty string when there is no theme", () => {
    expect(themeCss({})).toBe("");
    expect(themeCss(undefined)).toBe("");
  });

  it.each([
    ["red; } body { display: none", "accent"],
    ["red}:host{display:none", "accent"],
    ["url(https://evil.example/x.png)", "accent"],
    ["#fff</style><script>alert(1)</script>", "accent"],
    ["expression(alert(1))", "accent"],
    ["rgb(0 0 0) url(x)", "accent"],
    ["var(--x)", "accent"],
    ["10px; background: url(x)", "radius"],
    ["10px\n}", "radius"],
    ["calc(1px)", "radius"],
    ["Inter; } @import 'x'", "font"],
    ["\"Inter\\\"\", serif", "font"],
    ["a /* comment */", "font"],
  ])("drops the injection attempt %j in %s", (value, key) => {
    const css = themeCss({ [key]: value });
    expect(css).toBe("");
  });

  it("never emits more than one rule or anything that loads a resource, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (accent, radius, font) => {
        const css = themeCss({ accent, radius, font });
        if (css === "") return;
        expect(css.startsWith(":host { ")).toBe(true);
        expect(css.match(/[{}]/g)).toEqual(["{", "}"]);
        expect(css).not.toMatch(/url\(|@import|<|\\/i);
        expect(css.split(";").length - 1).toBe(css.match(/--lq-/g)?.length);
      }),
    );
  });
});
