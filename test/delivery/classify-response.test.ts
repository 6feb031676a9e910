import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyResponse, isRetryableStatus } from "../../src/delivery/classify-response";
import { DeliveryError } from "../../src/delivery/delivery-error";
import { HttpError } from "../../src/delivery/http-error";
import { NetworkError } from "../../src/delivery/network-error";
import { TimeoutError } from "../../src/delivery/timeout-error";

describe("classifyResponse", () => {
  it("treats every 2xx as delivered", () => {
    fc.assert(fc.property(fc.integer({ min: 200, max: 299 }), (s) => classifyResponse(s) === "delivered"));
  });

  it("retries 408, 409 (still being handled), 425, 429 and every 5xx", () => {
    for (const s of [408, 409, 425, 429, 500, 502, 503, 504, 599]) expect(classifyResponse(s)).toBe("retry");
  });

  it("fails (keeps) every other 4xx", () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 499 }).filter((s) => ![408, 409, 425, 429].includes(s)), (s) => classifyResponse(s) === "failed"),
    );
  });

  it("agrees with isRetryableStatus", () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 599 }), (s) => isRetryableStatus(s) === (classifyResponse(s) === "retry")));
  });
});

describe("delivery errors", () => {
  it("share the DeliveryError base and say whether a retry can help", () => {
    const errors = [new NetworkError(), new TimeoutError(10), new HttpError(503), new HttpError(400)];
    expect(errors.every((e) => e instanceof DeliveryError && e instanceof Error)).toBe(true);
    expect(errors.map((e) => [e.code, e.retryable])).toEqual([
      ["network", true],
      ["timeout", true],
      ["http", true],
      ["http", false],
    ]);
    expect(new HttpError(418).status).toBe(418);
  });
});
