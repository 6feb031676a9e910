import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brandCss, contrast, luminance, readableTextOn } from "../../../src/widget/kiosk/brand-css";

const config = (brandColor?: string, accent?: string) => ({
  kiosk: { attract: brandColor === undefined ? {} : { brandColor } },
  theme: accent === undefined ? {} : { accent },
});

describe("brandCss", () => {
  it("sets the brand colour and the text colour that reads on it", () => {
    expect(brandCss(config("#0a5c36"))).toBe(":host { --lq-brand: #0a5c36; --lq-brand-text: #ffffff; }");
    expect(brandCss(config("#ffd400"))).toBe(":host { --lq-brand: #ffd400; --lq-brand-text: #000000; }");
  });

  it("falls back to the theme accent when it is a hex colour, and to nothing otherwise", () => {
    expect(brandCss(config(undefined, "#0b5fff"))).toContain("--lq-brand: #0b5fff;");
    expect(brandCss(config(undefined, "rebeccapurple"))).toBe("");
    expect(brandCss(config())).toBe("");
  });

  it("prefers the attract brand colour over the accent", () => {
    expect(brandCss(config("#222", "#0b5fff"))).toContain("--lq-brand: #222;");
  });
});

describe("readableTextOn", () => {
  it("gives text of at least 4.5:1 contrast on every hex colour (WCAG AA for normal text)", () => {
    const hex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`);
    fc.assert(fc.property(hex, (background) => {
      expect(contrast(luminance(background), luminance(readableTextOn(background)))).toBeGreaterThanOrEqual(4.5);
    }));
  });

  it("reads #rgb shorthand like its long form", () => {
    expect(luminance("#0a5")).toBeCloseTo(luminance("#00aa55"), 10);
    expect(luminance("#fff")).toBeCloseTo(1, 10);
    expect(luminance("#000000")).toBe(0);
  });
});
