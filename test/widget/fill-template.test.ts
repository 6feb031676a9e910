import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/widget/fill-template";

describe("fillTemplate", () => {
  it("replaces placeholders with URL-encoded answers", () => {
    expect(fillTemplate("https://cal.example.com/acme?email={email}&n={name}", { email: "a+b@x.io", name: "Ana María" }))
      .toBe("https://cal.example.com/acme?email=a%2Bb%40x.io&n=Ana%20Mar%C3%ADa");
  });

  it("turns unknown or unanswered placeholders into empty strings", () => {
    expect(fillTemplate("https://x.io/?a={missing}&b={toString}", {})).toBe("https://x.io/?a=&b=");
  });

  it("joins multi answers with commas and writes numbers as text", () => {
    expect(fillTemplate("/?need={need}&n={employees}", { need: ["a", "b"], employees: 250 })).toBe("/?need=a%2Cb&n=250");
  });

  it("survives a lone surrogate (half an emoji) instead of throwing", () => {
    expect(fillTemplate("{v}", { v: "a\uD83D" })).toBe("a%EF%BF%BD");
  });

  it("never lets an answer add URL structure (no raw & ? # / : in the filled part)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const filled = fillTemplate("{v}", { v: value });
        expect(filled).not.toMatch(/[&?#/:=\s]/);
        expect(decodeURIComponent(filled).length).toBe(value.length);
      }),
      { examples: [["a&b=c"], ["https://evil.example"]] },
    );
  });
});
