import type { Config, Lead } from "../../../src/config/types";
import { validateConfig } from "../../../src/config/validate-config";
import { scoreLead } from "../../../src/qualify/score-lead";
import { makeLead } from "../../delivery/support/make-lead";
import type { TestRequest } from "./transports";

/** A small form: role scores authority; "student" disqualifies; >= 20 is sales-ready. */
export const rawConfig = {
  id: "acme-analytics",
  endpoint: "https://api.example.com/leads",
  questions: [
    { id: "email", type: "email", label: "Work email", required: true },
    {
      id: "role",
      type: "single",
      label: "Role",
      options: [
        { value: "vp", label: "VP", score: { authority: 25 } },
        { value: "ic", label: "Individual contributor", score: { authority: 5 } },
        { value: "student", label: "Student" },
      ],
    },
  ],
  scoring: {
    max: { authority: 25 },
    rules: [{ if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" }],
    thresholds: { "sales-ready": 20, nurture: 5 },
  },
};

export function config(): Config {
  const result = validateConfig(structuredClone(rawConfig));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

/** A lead whose client score agrees with the server's. */
export function validLead(overrides: Partial<Lead> = {}): Lead {
  const lead = makeLead({ answers: { email: "ana@acme.io", role: "vp" }, ...overrides });
  return { ...lead, score: scoreLead(config(), lead.answers, lead.productLine ?? undefined) };
}

export const ENDPOINT = "https://api.example.com/leads";
/** The page origin the test handlers allow. */
export const ACME = "https://www.acme.io";

/**
 * A POST as a browser on `origin` would send it (Idempotency-Key = leadId), as a transport-neutral request.
 *
 * @example await receiver.send(leadRequest(validLead()))
 */
export function leadRequest(body: unknown, init: { origin?: string | null; headers?: Record<string, string>; clientIp?: string } = {}): TestRequest {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = { "Content-Type": "application/json", ...init.headers };
  if (init.origin !== null) headers.Origin = init.origin ?? ACME;
  const leadId = typeof body === "object" && body !== null ? (body as { leadId?: unknown }).leadId : undefined;
  if (typeof leadId === "string" && !("Idempotency-Key" in headers)) headers["Idempotency-Key"] = leadId;
  return { method: "POST", headers, body: text, ...(init.clientIp ? { clientIp: init.clientIp } : {}) };
}
