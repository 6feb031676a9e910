import { describe, expect, it } from "vitest";
import { DATA_ATTRIBUTES, readDataAttributes } from "../../src/widget/read-data-attributes";
import { applyOverrides } from "../../src/widget/mount-overrides";

function element(attributes: Record<string, string>): Element {
  const el = document.createElement("div");
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe("readDataAttributes", () => {
  it("maps every SPEC attribute onto its mount option", () => {
    const result = readDataAttributes(
      element({
        "data-lead-qualifier": "",
        "data-config": "/forms/analytics.json",
        "data-mode": "popup",
        "data-product-line": "analytics",
        "data-channel": "contact-form",
        "data-endpoint": "https://api.example.com/leads",
        "data-locale": "de",
      }),
    );
    expect(result).toEqual({
      config: "/forms/analytics.json",
      overrides: {
        mode: "popup",
        productLine: "analytics",
        channel: "contact-form",
        endpoint: "https://api.example.com/leads",
        locale: "de",
      },
    });
  });

  it("leaves out attributes that are absent or empty and trims the rest", () => {
    expect(readDataAttributes(element({ "data-config": "  #cfg ", "data-mode": "  " }))).toEqual({
      config: "#cfg",
      overrides: {},
    });
  });

  it("passes an unknown mode through so the config validator reports it with the other issues", () => {
    expect(readDataAttributes(element({ "data-mode": "modal" })).overrides).toEqual({ mode: "modal" });
  });

  it("names exactly the six attributes of the contract", () => {
    expect(Object.values(DATA_ATTRIBUTES).map((entry) => entry.attribute).sort()).toEqual([
      "data-channel", "data-config", "data-endpoint", "data-locale", "data-mode", "data-product-line",
    ]);
  });
});

describe("applyOverrides", () => {
  it("lets overrides win over the config and keeps everything else", () => {
    expect(applyOverrides({ id: "a", mode: "inline", locale: "en" }, { mode: "popup", locale: undefined })).toEqual({
      id: "a",
      mode: "popup",
      locale: "en",
    });
  });

  it("returns a non-object config untouched, for the validator to reject", () => {
    expect(applyOverrides("nonsense", { mode: "popup" })).toBe("nonsense");
    expect(applyOverrides(null, { mode: "popup" })).toBeNull();
  });
});
