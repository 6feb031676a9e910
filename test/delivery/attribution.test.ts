import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ATTRIBUTION_KEY, captureAttribution, pageUrlWithoutFragment, readUtm } from "../../src/delivery/attribution";
import { memoryStorage } from "../../src/delivery/storage-like";

describe("readUtm", () => {
  it("reads present utm tags without the prefix and the named params", () => {
    const url = new URL("https://acme.io/?utm_source=news&utm_medium=email&utm_term=&gclid=abc&other=1");
    expect(readUtm(url, ["gclid", "fbclid"])).toEqual({ utm: { source: "news", medium: "email" }, params: { gclid: "abc" } });
  });

  it("cuts values to 256 characters", () => {
    const url = new URL(`https://acme.io/?utm_campaign=${"x".repeat(1000)}`);
    expect(readUtm(url, []).utm.campaign).toHaveLength(256);
  });

  it("only ever returns the five utm keys", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 8 })), (query) => {
        const url = new URL("https://a.io/");
        for (const [k, v] of Object.entries(query)) url.searchParams.set(`utm_${k}`, v);
        return Object.keys(readUtm(url, []).utm).every((k) => ["source", "medium", "campaign", "term", "content"].includes(k));
      }),
    );
  });
});

describe("pageUrlWithoutFragment", () => {
  it("drops the fragment and lq_ prefill parameters", () => {
    expect(pageUrlWithoutFragment("https://a.io/p?x=1&lq_email=a%40b.io#top")).toBe("https://a.io/p?x=1");
  });

  it("returns an empty string for empty or unparseable input", () => {
    expect(pageUrlWithoutFragment("")).toBe("");
    expect(pageUrlWithoutFragment("not a url")).toBe("");
  });
});

describe("captureAttribution", () => {
  it("carries the landing page's campaign to later pages of the session", () => {
    const sessionStorage = memoryStorage();
    const landing = captureAttribution({
      url: new URL("https://acme.io/offer?utm_source=ads&gclid=g1#x"),
      referrer: "https://google.com/",
      sessionStorage,
      params: ["gclid"],
    });
    expect(landing).toEqual({
      utm: { source: "ads" }, params: { gclid: "g1" }, referrer: "https://google.com/", landingUrl: "https://acme.io/offer?utm_source=ads&gclid=g1",
    });
    const later = captureAttribution({ url: new URL("https://acme.io/contact"), referrer: "https://acme.io/offer", sessionStorage, params: ["gclid"] });
    expect(later).toEqual(landing);
  });

  it("lets a new campaign click replace the stored one", () => {
    const sessionStorage = memoryStorage();
    captureAttribution({ url: new URL("https://acme.io/?utm_source=a"), referrer: "", sessionStorage, params: [] });
    const second = captureAttribution({ url: new URL("https://acme.io/?utm_source=b"), referrer: "", sessionStorage, params: [] });
    expect(second.utm).toEqual({ source: "b" });
  });

  it("ignores damaged stored data and still answers when sessionStorage throws", () => {
    const damaged = memoryStorage({ [ATTRIBUTION_KEY]: "{oops" });
    expect(captureAttribution({ url: new URL("https://acme.io/"), referrer: "", sessionStorage: damaged, params: [] }).landingUrl).toBe("https://acme.io/");
    const throwing = { getItem: () => { throw new Error("blocked"); }, setItem: () => { throw new Error("blocked"); }, removeItem: () => {} };
    expect(captureAttribution({ url: new URL("https://acme.io/?utm_source=x"), referrer: "", sessionStorage: throwing, params: [] }).utm).toEqual({ source: "x" });
  });
});
