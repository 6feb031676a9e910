import { describe, expect, it } from "vitest";
import { browserStorage } from "../../src/profile/browser-storage";
import { memoryStorage } from "./make-config";

describe("browserStorage", () => {
  it("returns the requested storage when the browser allows it", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    expect(browserStorage({ localStorage: local, sessionStorage: session }, "localStorage")).toBe(local);
    expect(browserStorage({ localStorage: local, sessionStorage: session }, "sessionStorage")).toBe(session);
  });

  it("returns null where touching storage throws, as in a sandboxed iframe", () => {
    const host = {
      get localStorage(): never {
        throw new DOMException("The document is sandboxed", "SecurityError");
      },
    };
    expect(browserStorage(host, "localStorage")).toBeNull();
  });

  it("returns null where storage does not exist", () => {
    expect(browserStorage({}, "sessionStorage")).toBeNull();
  });
});
