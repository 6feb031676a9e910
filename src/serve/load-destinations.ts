import { readFile } from "node:fs/promises";
import type { ForwardSetup } from "../forward/destination-types";
import { parseDestinations } from "../forward/parse-destinations";

/**
 * Reads and checks `serve --destinations <file>`: every problem stops the start, as `file: path: message`
 * lines (a destination that silently dropped leads is worse than a server that does not start).
 *
 * @example const setup = await loadDestinations("destinations.json", process.env, ["acme-analytics"]);
 */
export async function loadDestinations(file: string, env: Readonly<Record<string, string | undefined>>, formIds: readonly string[]): Promise<ForwardSetup> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Error(`--destinations ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = parseDestinations(text, { env, formIds });
  if (!parsed.ok) throw new Error(`invalid destinations file ${file}:\n  ${parsed.error.map((i) => `${i.path || "(root)"}: ${i.message}`).join("\n  ")}`);
  return parsed.value;
}

/**
 * The startup line about forwarding, plus a warning when chat alerts would go out without a desk link.
 *
 * @example describeForwarding(setup, null) // ["  forward:  crm (webhook), slack-sales (slack: sales-ready); escalations → teams-lead", "  warning: …"]
 */
export function describeForwarding(setup: ForwardSetup | null, publicUrl: string | null): string[] {
  if (!setup || setup.destinations.size === 0) return ["  forward:  no destinations (add --destinations destinations.json to forward leads)"];
  const list = [...setup.destinations.values()].map((d) => {
    const tiers = d.when.tiers === null ? "" : d.when.tiers.length === 0 ? ": escalations only" : `: ${d.when.tiers.join("/")}`;
    return `${d.name} (${d.type}${tiers}${d.when.forms ? ` of ${d.when.forms.join("/")}` : ""})`;
  });
  const escalations = setup.escalations.length > 0 ? `; escalations → ${setup.escalations.map((e) => (e.forms ? `${e.to} for ${e.forms.join("/")}` : e.to)).join(", ")}` : "";
  const chat = [...setup.destinations.values()].some((d) => d.type === "slack" || d.type === "teams");
  return [
    `  forward:  ${list.join(", ")}${escalations}`,
    ...(chat && !publicUrl ? ["  warning:  no --public-url / PUBLIC_URL: Slack and Teams alerts go out without a \"Claim in the desk\" link"] : []),
  ];
}
