import { describe, expect, it } from "vitest";
import { describeDeliveryProblem } from "../../src/delivery/describe-delivery-problem";
import { readProblem } from "../../src/delivery/read-problem";

const context = { endpoint: "https://api.example.com/leads", formId: "acme", origin: "https://www.example.com" };

describe("describeDeliveryProblem", () => {
  it("names an unregistered form and how to register it", () => {
    const text = describeDeliveryProblem(context, 400, { error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] });
    expect(text).toContain("400 invalid_lead");
    expect(text).toContain('the form is not registered: add the config with id "acme"');
    expect(text).toContain("formId: unknown form");
  });

  it("names the page's origin when the receiver forbids it", () => {
    expect(describeDeliveryProblem(context, 403, { error: "forbidden_origin" })).toContain("(https://www.example.com) is not in the receiver's allowedOrigins");
  });

  it("suspects a refused CORS preflight when a cross-origin endpoint never answers", () => {
    expect(describeDeliveryProblem(context, undefined)).toMatch(/this page's origin \(https:\/\/www\.example\.com\) is not in the receiver's allowedOrigins \(CORS preflight refused\)/);
  });

  it("does not blame CORS for a same-origin endpoint that never answers", () => {
    const text = describeDeliveryProblem({ ...context, endpoint: "/leads" }, undefined);
    expect(text).not.toContain("allowedOrigins");
    expect(text).toContain("the endpoint URL is wrong, or the receiver is down");
  });
});

describe("readProblem", () => {
  it("reads a problem+json body's code, title and issues", async () => {
    const body = { type: "urn:lead-qualifier:problem:invalid_lead", title: "Bad", status: 400, error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] };
    const response = new Response(JSON.stringify(body), { status: 400, headers: { "Content-Type": "application/problem+json" } });
    expect(await readProblem(response)).toEqual({ error: "invalid_lead", title: "Bad", issues: [{ path: "formId", message: "unknown form" }] });
  });

  it("ignores bodies that are not JSON, not objects, or too big", async () => {
    expect(await readProblem(new Response("<h1>nope</h1>", { status: 400, headers: { "Content-Type": "text/html" } }))).toBeNull();
    expect(await readProblem(new Response("[1]", { status: 400, headers: { "Content-Type": "application/json" } }))).toBeNull();
    const huge = JSON.stringify({ error: "x".repeat(20_000) });
    expect(await readProblem(new Response(huge, { status: 400, headers: { "Content-Type": "application/json" } }))).toBeNull();
  });

  it("keeps only short strings, so a server cannot flood the console", async () => {
    const body = { error: "e".repeat(1000), issues: Array.from({ length: 50 }, () => ({ path: "p", message: "m" })) };
    const problem = await readProblem(new Response(JSON.stringify(body), { status: 400, headers: { "Content-Type": "application/json" } }));
    expect(problem?.error).toHaveLength(300);
    expect(problem?.issues).toHaveLength(20);
  });
});
