import type { ServerLead } from "../server/server-lead";
import type { BuildContext, Destination, LeadField, OutgoingRequest } from "./destination-types";
import { answerText, leadFieldText } from "./lead-facts";

type SalesforceDestination = Extract<Destination, { type: "salesforce" }>;

/**
 * A Salesforce Web-to-Lead submission: a form-encoded POST to `servlet.WebToLead?encoding=UTF-8` with the
 * org id (`oid`), mapped answers (a `name` target is split into `first_name` and `last_name`), lead facts
 * into custom `00N…` fields, and the fixed `static` fields.
 *
 * @example buildSalesforceRequest(lead, { …, oid: "00D000000000001", fields: { email: "email", name: "name" } }, ctx).body
 * // "oid=00D000000000001&email=ana%40acme.io&first_name=Ana&last_name=Lima"
 */
export function buildSalesforceRequest(lead: ServerLead, destination: SalesforceDestination, ctx: BuildContext): OutgoingRequest {
  const form = new URLSearchParams();
  form.set("oid", destination.oid);
  for (const [questionId, field] of Object.entries(destination.fields)) {
    const value = answerText(lead.answers[questionId]);
    if (value === "") continue;
    if (field === "name") {
      const [first, last] = splitName(value);
      if (first) form.set("first_name", first);
      form.set("last_name", last);
    } else form.set(field, value);
  }
  for (const [fact, field] of Object.entries(destination.leadFields ?? {}) as Array<[LeadField, string]>) {
    const value = leadFieldText(lead, fact, ctx);
    if (value !== "") form.set(field, value);
  }
  for (const [field, value] of Object.entries(destination.static ?? {})) form.set(field, value);
  return {
    url: destination.url,
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" },
    body: form.toString(),
  };
}

/**
 * "Ana Lima" → ["Ana", "Lima"]; one word is the last name (Salesforce requires last_name, not first_name).
 *
 * @example splitName("Maria de la Cruz") // ["Maria", "de la Cruz"]
 */
export function splitName(name: string): [string, string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return ["", words[0] ?? ""];
  return [words[0]!, words.slice(1).join(" ")];
}
