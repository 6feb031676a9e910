import { describe, expect, it } from "vitest";
import { readNodeHeaders } from "../../src/server/node-headers";

describe("readNodeHeaders", () => {
  it("finds the receiver's headers in any letter case", () => {
    expect(readNodeHeaders(["HOST", "api.acme.io", "Origin", "https://www.acme.io", "content-TYPE", "application/json", "Content-Length", "12", "Idempotency-Key", "k", "X-Forwarded-Proto", "https", "Accept", "*/*"])).toEqual({
      host: "api.acme.io", origin: "https://www.acme.io", contentType: "application/json", contentLength: "12", idempotencyKey: "k", forwardedProto: "https",
    });
  });

  it("follows node's rules for repeated headers: the first Host and Content-Type win, others are joined", () => {
    const headers = readNodeHeaders(["Host", "a", "Host", "b", "Content-Type", "application/json", "Content-Type", "text/plain", "X-Forwarded-For", "1.1.1.1", "x-forwarded-for", "2.2.2.2", "Origin", "https://a.io", "Origin", "https://b.io"]);
    expect(headers).toEqual({ host: "a", contentType: "application/json", forwardedFor: "1.1.1.1, 2.2.2.2", origin: "https://a.io, https://b.io" });
  });
});
