import { buildRequest } from "../forward/build-request";
import { parseDestinations } from "../forward/parse-destinations";
import { sampleLead } from "../forward/sample-lead";
import { sendRequest } from "../forward/send-request";
import type { CliIo } from "./cli-io";

const USAGE = [
  "usage: lead-qualifier destinations test <name> [--destinations <file>] [--escalation] [--public-url <url>]",
  "",
  "  Sends one made-up sales-ready lead to the destination <name> and prints what it answered, so a mapping",
  "  can be checked before the event. The file defaults to $DESTINATIONS_FILE, else destinations.json;",
  "  secrets come from the environment like in serve. --escalation sends the 'not claimed in time' alert.",
];

/**
 * `lead-qualifier destinations test <name>`: one sample lead, one attempt (no retries), the answer printed.
 * Exit 0 on a 2xx, 1 when the destination refused or could not be reached or the file is invalid, 2 on usage.
 *
 * @example await runDestinations(["test", "slack-sales"], io) // prints "POST https://hooks.slack.com/… → 200 ok"
 */
export async function runDestinations(argv: readonly string[], io: CliIo): Promise<number> {
  const [action, name, ...rest] = argv;
  if (action !== "test" || !name || name.startsWith("--")) {
    for (const line of USAGE) (action === "--help" ? io.stdout : io.stderr)(line);
    return action === "--help" ? 0 : 2;
  }
  let file = io.env?.["DESTINATIONS_FILE"] || "destinations.json";
  let publicUrl: string | null = io.env?.["PUBLIC_URL"] || null;
  let escalation = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--destinations" && rest[i + 1]) file = rest[++i]!;
    else if (arg === "--public-url" && rest[i + 1]) publicUrl = rest[++i]!;
    else if (arg === "--escalation") escalation = true;
    else {
      io.stderr(`lead-qualifier destinations: unknown option '${arg}'`);
      for (const line of USAGE) io.stderr(line);
      return 2;
    }
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  const parsed = parseDestinations(text, { env: io.env ?? {} });
  if (!parsed.ok) {
    for (const issue of parsed.error) io.stderr(`${file}: ${issue.path || "(root)"}: ${issue.message}`);
    return 1;
  }
  const destination = parsed.value.destinations.get(name);
  if (!destination) {
    io.stderr(`${file}: no destination named "${name}" (destinations: ${[...parsed.value.destinations.keys()].join(", ") || "none"})`);
    return 1;
  }
  const now = Date.now();
  const lead = sampleLead(destination, crypto.randomUUID(), now);
  const request = await buildRequest(lead, destination, { kind: escalation ? "escalate" : "deliver", now, publicUrl });
  const where = shortUrl(request.url);
  io.stdout(`sending a sample sales-ready lead (leadId ${lead.leadId}) to ${name} (${destination.type}) at ${where}`);
  const result = await sendRequest(io.fetch ?? fetch, request, destination.timeoutMs);
  if (result.kind !== "response") {
    io.stdout(`POST ${where} → ${result.kind}: ${result.message}`);
    return 1;
  }
  io.stdout(`POST ${where} → ${result.status}${result.text.trim() ? ` ${result.text.trim().slice(0, 500)}` : ""}`);
  const ok = result.status >= 200 && result.status < 300;
  io.stdout(ok ? `${name} accepted it: look for "Test Lead" there.` : `${name} refused it: check the mapping and the URL (the lead would be ${result.status >= 500 || result.status === 429 ? "retried" : "dead-lettered"}).`);
  return ok ? 0 : 1;
}

/** Chat webhook URLs are secrets: print the host and hide the path. */
function shortUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.length > 1 ? "/…" : "/"}`;
}
