import type { Problem } from "./read-problem";

export interface DeliveryProblemContext {
  endpoint: string;
  formId: string;
  /** The page's origin, which the receiver must list in `allowedOrigins` when it differs from the endpoint's. */
  origin: string;
}

/**
 * The console message for the site owner when leads do not get through, naming the likely cause and
 * the fix: a refusal (`status` + the endpoint's problem body) or, with no status, repeated failures
 * without any HTTP answer (the browser hides a refused CORS preflight behind a network error).
 *
 * @example
 * describeDeliveryProblem({ endpoint: "https://api.example.com/leads", formId: "acme", origin: "https://www.example.com" },
 *   400, { error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] });
 * // "lead-qualifier: https://api.example.com/leads refused a lead of form \"acme\" (400 invalid_lead). Likely cause: the form is not registered …"
 */
export function describeDeliveryProblem(context: DeliveryProblemContext, status: number | undefined, problem?: Problem | null): string {
  const { endpoint, formId, origin } = context;
  if (status === undefined) {
    const crossOrigin = originOf(endpoint, origin) !== origin;
    return (
      `lead-qualifier: leads of form "${formId}" get no answer from ${endpoint} although the browser is online; they are kept on the device and retried. ` +
      (crossOrigin
        ? `Likely cause: the receiver does not allow this page's origin (${origin}): add it to allowedOrigins in createLeadHandler (the CORS preflight is refused), or the endpoint URL is wrong or down.`
        : `Likely cause: the endpoint URL is wrong, or the receiver is down.`)
    );
  }
  const code = problem?.error ? ` ${problem.error}` : "";
  const issues = problem?.issues?.length ? ` Issues: ${problem.issues.map((i) => `${i.path || "(body)"}: ${i.message}`).join("; ")}.` : "";
  return `lead-qualifier: ${endpoint} refused a lead of form "${formId}" (${status}${code}); it is kept on this device and not retried. ${likelyCause(status, problem, context)}${issues}`;
}

function likelyCause(status: number, problem: Problem | null | undefined, { formId, origin }: DeliveryProblemContext): string {
  if (problem?.issues?.some((issue) => issue.path === "formId")) {
    return `Likely cause: the form is not registered: add the config with id "${formId}" to the receiver's configs.`;
  }
  if (status === 403) return `Likely cause: this page's origin (${origin}) is not in the receiver's allowedOrigins.`;
  if (status === 413) return "Likely cause: the lead is larger than the receiver's maxBodyBytes.";
  if (status === 415) return "Likely cause: a proxy in front of the receiver changed the Content-Type.";
  if (status === 422) return "Likely cause: this leadId was already used for a different lead.";
  if (status === 404 || status === 405) return "Likely cause: the endpoint URL does not point at the lead receiver.";
  if (status === 400) return "Likely cause: the receiver runs another version of the form config or lead schema.";
  return "Check the receiver's logs.";
}

function originOf(url: string, base: string): string {
  try {
    return new URL(url, base).origin;
  } catch {
    return "";
  }
}
