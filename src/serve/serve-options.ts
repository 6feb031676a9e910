import type { Result } from "../config/types";
import type { RateLimit } from "../server/create-rate-limiter";

export interface ServeOptions {
  formsDir: string;
  allowedOrigins: string[] | "*";
  port: number;
  host: string;
  /** Embedded database folder (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string | undefined;
  trustProxy: boolean;
  usersFile: string | undefined;
  sharedPassword: string | undefined;
  leadRateLimit: false | { perIp: RateLimit; perForm: RateLimit } | undefined;
  /** The forwarding destinations file (webhook, HubSpot, Salesforce, Slack, Teams); none means no forwarding. */
  destinationsFile: string | undefined;
  /** Where people reach this server (https://leads.acme.io): the base of "Claim in the desk" links in alerts. */
  publicUrl: string | undefined;
}

export const SERVE_USAGE = [
  "usage: lead-qualifier serve --forms <dir> [options]",
  "",
  "  --forms <dir>             form configs (*.json) to accept leads for          (env FORMS_DIR)",
  "  --allowed-origin <url>    a page origin allowed to POST leads; repeatable     (env ALLOWED_ORIGINS, comma-separated)",
  "  --port <n>                default 8080                                        (env PORT)",
  "  --host <addr>             default 127.0.0.1; 0.0.0.0 in a container          (env HOST)",
  "  --data-dir <dir>          embedded database folder, default ./lead-desk-data  (env DATA_DIR)",
  "  --static <dir>            also serve this folder of pages at /",
  "  --trust-proxy             behind a reverse proxy: X-Forwarded-For/-Proto      (env TRUST_PROXY=1)",
  "  --lead-rate-limit <ip>,<form> | off   rejected requests/min per IP, new leads/min per form, default 60,10000 (env LEAD_RATE_LIMIT)",
  "  --destinations <file>     forward leads to webhooks, HubSpot, Salesforce, Slack, Teams (env DESTINATIONS_FILE)",
  "  --public-url <url>        how people reach this server, for desk links in alerts (env PUBLIC_URL)",
  "",
  "  DATABASE_URL=postgres://…  use this Postgres instead of the embedded database",
  "  DESK_USERS_FILE=users.json desk users with password hashes (lead-qualifier hash-password)",
  "  DESK_PASSWORD=…            or one shared desk password (people sign in with their name)",
];

/**
 * Reads `serve`'s flags and environment into options; flags win over the environment. Every problem
 * is reported at once, as a line a person can act on.
 *
 * @example parseServeOptions(["--forms", "forms"], { PORT: "9000" }) // { ok: true, value: { port: 9000, … } }
 */
export function parseServeOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Result<ServeOptions, string[]> {
  const problems: string[] = [];
  const flags = new Map<string, string[]>();
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name === "--trust-proxy") {
      booleans.add(name);
      continue;
    }
    if (!["--forms", "--allowed-origin", "--port", "--host", "--data-dir", "--static", "--lead-rate-limit", "--destinations", "--public-url"].includes(name)) {
      problems.push(`unknown option '${arg}'`);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) {
      problems.push(`${name} needs a value`);
      if (value !== undefined) i--;
      continue;
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  const last = (flag: string, envName?: string) => flags.get(flag)?.at(-1) ?? (envName ? nonEmpty(env[envName]) : undefined);

  const formsDir = last("--forms", "FORMS_DIR");
  if (!formsDir) problems.push("--forms <dir> is required (the folder of form configs)");

  const originList = [...(flags.get("--allowed-origin") ?? []), ...(flags.has("--allowed-origin") ? [] : splitList(env["ALLOWED_ORIGINS"]))];
  let allowedOrigins: string[] | "*" = [];
  if (originList.includes("*")) allowedOrigins = "*";
  else {
    for (const origin of originList) {
      const normalized = normalizeOrigin(origin);
      if (normalized) allowedOrigins.push(normalized);
      else problems.push(`allowed origin '${origin}' is not an http(s) origin like https://www.example.com`);
    }
  }

  const portText = last("--port", "PORT") ?? "8080";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`port '${portText}' is not a port number (0–65535)`);

  const rateText = last("--lead-rate-limit", "LEAD_RATE_LIMIT");
  let leadRateLimit: ServeOptions["leadRateLimit"];
  if (rateText === "off") leadRateLimit = false;
  else if (rateText !== undefined) {
    const match = /^(\d+),(\d+)$/.exec(rateText);
    if (match && Number(match[1]) > 0 && Number(match[2]) > 0) {
      leadRateLimit = { perIp: { limit: Number(match[1]), windowMs: 60_000 }, perForm: { limit: Number(match[2]), windowMs: 60_000 } };
    } else problems.push(`lead rate limit '${rateText}' must be '<per IP>,<per form>' (leads per minute) or 'off'`);
  }

  const publicUrlText = last("--public-url", "PUBLIC_URL");
  let publicUrl: string | undefined;
  if (publicUrlText !== undefined) {
    const normalized = normalizeOrigin(publicUrlText);
    if (normalized && /^https?:\/\/[^/]+\/?$/.test(publicUrlText)) publicUrl = normalized;
    else problems.push(`public URL '${publicUrlText}' must be the server's origin, like https://leads.acme.io`);
  }

  if (problems.length > 0) return { ok: false, error: problems };
  return {
    ok: true,
    value: {
      formsDir: formsDir!,
      allowedOrigins,
      port,
      host: last("--host", "HOST") ?? "127.0.0.1",
      dataDir: last("--data-dir", "DATA_DIR") ?? "lead-desk-data",
      databaseUrl: nonEmpty(env["DATABASE_URL"]),
      staticDir: last("--static"),
      trustProxy: booleans.has("--trust-proxy") || ["1", "true", "yes"].includes((env["TRUST_PROXY"] ?? "").toLowerCase()),
      usersFile: nonEmpty(env["DESK_USERS_FILE"]),
      sharedPassword: nonEmpty(env["DESK_PASSWORD"]),
      leadRateLimit,
      destinationsFile: last("--destinations", "DESTINATIONS_FILE"),
      publicUrl,
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

function splitList(value: string | undefined): string[] {
  return (value ?? "").split(/[\s,]+/).filter((item) => item !== "");
}

function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin !== "null" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * A database URL with its password hidden, for the startup log.
 *
 * @example redactDatabaseUrl("postgres://desk:secret@db:5432/leads") // "postgres://desk:***@db:5432/leads"
 */
export function redactDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
