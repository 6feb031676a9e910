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
      `lead-qualifier: no answer from ${endpoint} for form "${formId}" while online; leads are kept and retried. Likely cause: ` +
      (crossOrigin ? `this page's origin (${origin}) is not in the receiver's allowedOrigins (CORS preflight refused), or ` : "") +
      "the endpoint URL is wrong, or the receiver is down."
    );
  }
  const code = problem?.error ? ` ${problem.error}` : "";
  const issues = problem?.issues?.length ? ` Issues: ${problem.issues.map((i) => `${i.path || "(body)"}: ${i.message}`).join("; ")}.` : "";
  return `lead-qualifier: ${endpoint} refused a lead of form "${formId}" (${status}${code}); kept on this device, not retried. Likely cause: ${likelyCause(status, problem, context)}${issues}`;
}

function likelyCause(status: number, problem: Problem | null | undefined, { formId, origin }: DeliveryProblemContext): string {
  if (problem?.issues?.some((issue) => issue.path === "formId")) return `the form is not registered: add the config with id "${formId}" to the receiver's configs.`;
  if (status === 403) return `this page's origin (${origin}) is not in the receiver's allowedOrigins.`;
  if (status === 413) return "the lead is larger than the receiver's maxBodyBytes.";
  if (status === 422) return "this leadId was already used for a different lead.";
  if (status === 400) return "the receiver has another version of the form config.";
  return "the endpoint URL does not point at a lead receiver (see its logs).";
}

function originOf(url: string, base: string): string {
  try {
    return new URL(url, base).origin;
  } catch {
    return "";
  }
}
