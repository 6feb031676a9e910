import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createForwardRunner } from "../forward/create-forward-runner";
import { storeLeadWithJobs } from "../forward/store-lead-with-jobs";
import { toNodeListener } from "../server/node-listener";
import { createDbDedupeStore } from "../store/create-db-dedupe-store";
import { createForwardJobRepository } from "../store/forward-job-repository";
import { createEventRepository } from "../store/event-repository";
import { createLeadRepository } from "../store/lead-repository";
import { openDatabase } from "../store/open-database";
import { createSessionRepository } from "../store/session-repository";
import { createServeApp, LEADS_PATH } from "./create-serve-app";
import { deskUsersFromJson, sharedPassword, type DeskAuth } from "./desk-users";
import { describeForwarding, loadDestinations } from "./load-destinations";
import { loadForms } from "./load-forms";
import { redactDatabaseUrl, type ServeOptions } from "./serve-options";

export interface RunningServe {
  /** The base URL it listens on, e.g. http://127.0.0.1:8080 */
  url: string;
  /** Startup lines for the console (no secrets but a generated demo password). */
  banner: string[];
  close(): Promise<void>;
}

export interface StartServeDeps {
  /** dist/: the built widget and desk files. */
  distDir: string;
  /** One line per accepted lead (ids and tier only, never answers). */
  log: (line: string) => void;
  logError: (message: string, error: unknown) => void;
  /** For a generated desk password when none is configured. */
  randomPassword: () => string;
  /** Where `{ "env": … }` values of the destinations file come from (process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** How forwarding reaches the destinations (default: the global fetch). */
  fetch?: typeof fetch;
  /** The forwarding clock (default Date.now): due times, escalations, the daily cap. Tests move it. */
  now?: () => number;
  /** How often forwarding looks for due jobs when idle (default 1 s). */
  forwardPollMs?: number;
}

/**
 * Opens the database, loads the forms, and listens: the lead endpoint, the desk and the widget files
 * in one process. Fails before listening on any configuration problem.
 *
 * @example const serve = await startServe(options, deps); … await serve.close();
 */
export async function startServe(options: ServeOptions, deps: StartServeDeps): Promise<RunningServe> {
  const forms = await loadForms(options.formsDir);
  const { auth, authLine } = await loadAuth(options, deps);
  const dataDir = resolve(options.dataDir);
  const setup = options.destinationsFile ? await loadDestinations(options.destinationsFile, deps.env ?? {}, forms.configs.map((c) => c.id)) : null;
  const publicUrl = options.publicUrl ?? null;
  const now = deps.now ?? Date.now;
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir });
  const jobs = createForwardJobRepository(db);
  // The embedded database has one process (a lock file says so): jobs it finds in flight were left by a
  // crash of the previous run, and need not wait for their leases to run out.
  const freed = db.kind === "embedded" ? await jobs.releaseAllLeases() : 0;
  const runner = setup
    ? createForwardRunner({ jobs, setup, fetch: deps.fetch ?? fetch, now, publicUrl, log: deps.log, ...(deps.forwardPollMs ? { pollMs: deps.forwardPollMs } : {}) })
    : null;
  const store = {
    leads: createLeadRepository(db),
    events: createEventRepository(db),
    sessions: createSessionRepository(db),
    forwarding: { jobs, destinations: setup?.destinations ?? new Map(), requeued: () => runner?.kick() },
  };
  const app = createServeApp({
    configs: forms.configs,
    formFiles: forms.files,
    store,
    dedupe: createDbDedupeStore(db),
    async saveLead(lead) {
      // The lead and its forwarding jobs in one transaction; the sending happens after the 202, in the runner.
      const saved = await storeLeadWithJobs(db, lead, setup, new Date(now()));
      if (saved.jobs > 0) runner?.kick();
      deps.log(`lead ${lead.leadId} ${lead.formId} ${lead.score.tier} ${lead.score.total}${lead.scoreMismatch ? " (client score differed)" : ""}`);
    },
    auth,
    allowedOrigins: options.allowedOrigins,
    ...(options.leadRateLimit !== undefined ? { leadRateLimit: options.leadRateLimit } : {}),
    distDir: deps.distDir,
    staticDir: options.staticDir,
    hiddenDirs: [dataDir],
    ping: async () => void (await db.query("select 1")),
    logError: deps.logError,
  });
  // Leads go straight to the lead handler's native node:http path (no Request/Response per lead); the rest through the app.
  const leadsListener = toNodeListener(app.leads, { trustProxy: options.trustProxy });
  const appListener = toNodeListener(app, { trustProxy: options.trustProxy });
  // node's defaults let a slow client hold a connection for 5 minutes (requestTimeout 300 s); leads and desk
  // requests are small, so the whole request gets 30 s and its headers 15 s.
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 },
    (req, res) => ((req.url ?? "").split("?")[0] === LEADS_PATH ? leadsListener : appListener)(req, res),
  );
  try {
    await new Promise<void>((done, fail) => {
      server.once("error", fail);
      server.listen(options.port, options.host, () => done());
    });
  } catch (error) {
    await db.close();
    throw new Error(`cannot listen on ${options.host}:${options.port} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  runner?.start();
  const { port } = server.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const banner = [
    `lead-qualifier serve: ${url}/`,
    `  leads:    POST ${url}/api/leads  (forms: ${forms.configs.map((c) => c.id).join(", ")}; allowed origins: ${originsText(options.allowedOrigins)})`,
    `  desk:     ${url}/desk/  (${authLine})`,
    `  widget:   ${url}/widget/lead-qualifier.js  and the forms at ${url}/forms/<file>.json`,
    `  database: ${options.databaseUrl ? `Postgres ${redactDatabaseUrl(options.databaseUrl)}` : `embedded, in ${dataDir}`}`,
    ...(options.staticDir ? [`  pages:    ${resolve(options.staticDir)} at ${url}/`] : []),
    ...describeForwarding(setup, publicUrl),
    ...(freed > 0 ? [`  forward:  ${freed} job(s) left in flight by a previous run that stopped abruptly are sent again`] : []),
  ];
  return {
    url,
    banner,
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      // Jobs in flight finish (or, past their lease, go to the next process); the rest stay queued.
      await runner?.stop();
      await db.close();
    },
  };
}

async function loadAuth(options: ServeOptions, deps: StartServeDeps): Promise<{ auth: DeskAuth; authLine: string }> {
  if (options.usersFile) {
    let text: string;
    try {
      text = await readFile(options.usersFile, "utf8");
    } catch (error) {
      throw new Error(`DESK_USERS_FILE ${options.usersFile}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const auth = deskUsersFromJson(text, `DESK_USERS_FILE ${options.usersFile}`);
    return { auth, authLine: auth.describe };
  }
  if (options.sharedPassword) return { auth: sharedPassword(options.sharedPassword), authLine: "sign in with your name and DESK_PASSWORD" };
  const generated = deps.randomPassword();
  return { auth: sharedPassword(generated), authLine: `no DESK_USERS_FILE or DESK_PASSWORD: sign in with your name and the password ${generated} (new at every start)` };
}

function originsText(origins: readonly string[] | "*"): string {
  return origins === "*" ? "any" : origins.length === 0 ? "same origin only" : origins.join(", ");
}
