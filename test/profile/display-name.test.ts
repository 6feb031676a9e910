import { describe, expect, it } from "vitest";
import { displayName } from "../../src/profile/display-name";

describe("displayName", () => {
  it("prefers the name answer", () => {
    expect(displayName({ email: "ana@acme.io", name: "  Ana Lima " })).toBe("Ana Lima");
  });

  it("falls back to the email", () => {
    expect(displayName({ email: "ana@acme.io", name: " " })).toBe("ana@acme.io");
  });

  it("is null when neither is known", () => {
    expect(displayName({ role: "vp" })).toBeNull();
  });

  it("caps a very long value", () => {
    expect(displayName({ name: "x".repeat(500) })).toHaveLength(60);
  });
});
