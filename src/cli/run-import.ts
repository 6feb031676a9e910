import type { Lead } from "../config/types";
import { retryDelay } from "../delivery/retry-delay";
import { sendLead, type SendResult } from "../delivery/send-lead";
import { leadSchema } from "../qualify/lead-schema";
import type { CliIo } from "./cli-io";
import { parseCsv } from "./parse-csv";

/** Attempts per lead before the import gives up on it (the widget retries forever; a command must end). */
export const DEFAULT_MAX_ATTEMPTS = 6;
const CAP_MS = 30_000;

type Outcome = "delivered" | "already" | "refused" | "undelivered" | "skipped";

/**
 * `lead-qualifier import <kiosk.csv> [--endpoint URL] [--max-attempts N]`: re-sends every lead of a
 * kiosk CSV export (its `lead` column, byte for byte the original lead) to the endpoint (the CSV's
 * `endpoint` column unless `--endpoint` is given), with its original leadId as the Idempotency-Key:
 * the receiver answers 200 for a lead it already has, so an import never stores a lead twice.
 * Retryable failures (network, timeout, 408, 409, 425, 429, 5xx) are retried with the widget's
 * backoff (Retry-After honoured, capped at 30 s per wait), up to `--max-attempts`. One line per lead,
 * then a summary. Resolves to 0 when every lead is delivered (or already was), 1 otherwise, 2 on usage errors.
 *
 * @example await runImport(["booth.csv", "--endpoint", "https://api.example.com/leads"], io) // 0
 */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.stderr(`lead-qualifier import: ${parsed}`);
    io.stderr("usage: lead-qualifier import <kiosk.csv> [--endpoint URL] [--max-attempts N]");
    return 2;
  }
  const rows = parseCsv(await io.readFile(parsed.file));
  const header = rows[0] ?? [];
  const leadColumn = header.indexOf("lead");
  const endpointColumn = header.indexOf("endpoint");
  if (leadColumn === -1) {
    io.stderr(`lead-qualifier import: ${parsed.file} has no "lead" column (export it from the kiosk's staff panel)`);
    return 2;
  }
  const fetchFn = io.fetch ?? globalThis.fetch;
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const counts: Record<Outcome, number> = { delivered: 0, already: 0, refused: 0, undelivered: 0, skipped: 0 };
  for (const [index, row] of rows.slice(1).entries()) {
    if (row.length === 1 && row[0] === "") continue;
    const line = index + 2;
    const lead = readLead(row[leadColumn]);
    if (typeof lead === "string") {
      counts.skipped++;
      io.stdout(`line ${line}: skipped: ${lead}`);
      continue;
    }
    const endpoint = parsed.endpoint ?? row[endpointColumn] ?? "";
    if (endpoint === "") {
      counts.skipped++;
      io.stdout(`${lead.leadId}: skipped: no endpoint (pass --endpoint URL)`);
      continue;
    }
    const { outcome, text } = await deliver(lead, endpoint, parsed.maxAttempts, fetchFn, sleep);
    counts[outcome]++;
    io.stdout(`${lead.leadId}: ${text}`);
  }
  io.stdout(
    `imported ${rows.length - 1} rows: ${counts.delivered} delivered, ${counts.already} already delivered, ` +
      `${counts.refused} refused, ${counts.undelivered} not delivered, ${counts.skipped} skipped`,
  );
  return counts.refused + counts.undelivered + counts.skipped === 0 ? 0 : 1;
}

async function deliver(lead: Lead, endpoint: string, maxAttempts: number, fetchFn: typeof fetch, sleep: (ms: number) => Promise<void>) {
  let result: SendResult | null = null;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    result = await sendLead(endpoint, lead, { fetch: fetchFn });
    if (result.ok) {
      const already = result.status === 200;
      return { outcome: already ? "already" : "delivered", text: already ? "already delivered (200)" : `delivered (${result.status})` } as const;
    }
    const status = "status" in result.error ? (result.error as { status: number }).status : undefined;
    if (!result.error.retryable) {
      const problem = result.problem;
      const issues = problem?.issues?.map((i) => `${i.path}: ${i.message}`).join("; ");
      return { outcome: "refused", text: `refused (${status}${problem?.error ? ` ${problem.error}` : ""}${issues ? `: ${issues}` : ""})` } as const;
    }
    if (attempt < maxAttempts) {
      await sleep(retryDelay(attempt, { random: Math.random, retryAfter: result.retryAfter, now: Date.now(), capMs: CAP_MS, retryAfterCapMs: CAP_MS }));
    }
  }
  const reason = result && !result.ok ? result.error.message : "no attempt";
  return { outcome: "undelivered", text: `not delivered after ${maxAttempts} attempts (${reason}); run the import again later` } as const;
}

function readLead(cell: string | undefined): Lead | string {
  if (!cell) return "no lead in this row (trimmed from the device's log for space)";
  let json: unknown;
  try {
    json = JSON.parse(cell);
  } catch {
    return "the lead column is not JSON";
  }
  const result = leadSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return `not a valid lead (${issue ? `${issue.path.join(".")}: ${issue.message}` : "schema"})`;
  }
  return json as Lead;
}

function parseArgs(args: readonly string[]): { file: string; endpoint?: string; maxAttempts: number } | string {
  let file: string | undefined;
  let endpoint: string | undefined;
  let maxAttempts = DEFAULT_MAX_ATTEMPTS;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--endpoint") {
      endpoint = args[++i];
      if (!endpoint) return "--endpoint needs a URL";
    } else if (arg === "--max-attempts") {
      maxAttempts = Number(args[++i]);
      if (!Number.isInteger(maxAttempts) || maxAttempts < 1) return "--max-attempts needs a whole number of at least 1";
    } else if (arg.startsWith("--")) {
      return `unknown option ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `one CSV file at a time (got ${file} and ${arg})`;
    }
  }
  if (file === undefined) return "no CSV file given";
  return { file, ...(endpoint ? { endpoint } : {}), maxAttempts };
}
