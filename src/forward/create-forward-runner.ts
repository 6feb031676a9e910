import { randomUUID } from "node:crypto";
import { createRateLimiter, type RateLimiter } from "../server/create-rate-limiter";
import type { ClaimedJob, ForwardJobRepository, JobSettlement } from "../store/forward-job-repository";
import { buildRequest } from "./build-request";
import { decideOutcome } from "./decide-outcome";
import type { ForwardSetup } from "./destination-types";
import { sendRequest } from "./send-request";

export interface ForwardRunnerOptions {
  jobs: ForwardJobRepository;
  setup: ForwardSetup;
  fetch: typeof fetch;
  /** The clock (ms): due times, leases, webhook timestamps, the daily cap's day. Tests move it. */
  now: () => number;
  /** Waits `ms` or until `signal` aborts (a new lead, a finished job, stop). Default: setTimeout. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /** The desk's public base URL for "Claim in the desk" links. */
  publicUrl?: string | null;
  /** How often an idle runner looks for due jobs (default 1 s; new leads in this process wake it at once). */
  pollMs?: number;
  /** Jobs in flight at once (default 8). */
  concurrency?: number;
  /** How long a claimed job is held before another process may take it over (default: twice the longest timeout + 30 s). */
  leaseMs?: number;
  /** Backoff of failed attempts (default 10 s doubling up to 1 h). */
  backoff?: { baseMs: number; capMs: number };
  /** One line per finished job: ids, destination and outcome, never lead data. */
  log?: (line: string) => void;
}

export interface ForwardRunner {
  /** Starts the loop: claims due jobs whenever a slot is free, sleeps when there are none. */
  start(): void;
  /** A new lead was queued in this process: look now instead of at the next poll. */
  kick(): void;
  /** Takes no new jobs, waits for the ones in flight, and resolves. A later runner picks up the rest. */
  stop(): Promise<void>;
  /** Claims up to `limit` due jobs and runs them to the end (for `destinations test` and clock-driven tests). */
  runOnce(limit?: number): Promise<number>;
}

/**
 * The one piece of forwarding that does I/O: it claims due jobs from the database (several processes
 * share the queue, each job runs once), builds each request with the destination's pure builder, sends it,
 * and records the outcome: delivered, retrying at a time (backoff, Retry-After), dead, or skipped (an
 * escalation whose lead was claimed in time). Client-side rate limits and Salesforce's daily cap hold a
 * job back without using up an attempt.
 *
 * @example
 * const runner = createForwardRunner({ jobs: createForwardJobRepository(db), setup, fetch, now: Date.now, publicUrl });
 * runner.start(); … runner.kick(); … await runner.stop();
 */
export function createForwardRunner(options: ForwardRunnerOptions): ForwardRunner {
  const { jobs, setup, now } = options;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const publicUrl = options.publicUrl ?? null;
  const pollMs = options.pollMs ?? 1000;
  const concurrency = options.concurrency ?? 8;
  const longest = Math.max(10_000, ...[...setup.destinations.values()].map((d) => d.timeoutMs));
  const leaseMs = options.leaseMs ?? longest * 2 + 30_000;
  const worker = randomUUID().slice(0, 8);
  const log = options.log ?? (() => {});
  const limiters = new Map<string, RateLimiter>();
  for (const d of setup.destinations.values()) if (d.rateLimit) limiters.set(d.name, createRateLimiter(d.rateLimit));

  let leases = 0;
  let running = false;
  let loopDone: Promise<void> | null = null;
  let wake = new AbortController();
  const inFlight = new Set<Promise<void>>();
  const nudge = () => wake.abort();

  async function claim(limit: number): Promise<ClaimedJob[]> {
    return jobs.claimDue(new Date(now()), limit, leaseMs, `${worker}:${++leases}`);
  }

  function track(job: ClaimedJob): Promise<void> {
    const done: Promise<void> = run(job)
      .catch((error) => log(`forward job ${job.id} (${job.destination}) failed inside the runner: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        inFlight.delete(done);
        nudge();
      });
    inFlight.add(done);
    return done;
  }

  async function loop(): Promise<void> {
    while (running) {
      const free = concurrency - inFlight.size;
      let claimed: ClaimedJob[] = [];
      if (free > 0) {
        try {
          claimed = await claim(free);
        } catch (error) {
          log(`forward: cannot read the queue (${error instanceof Error ? error.message : String(error)}); trying again`);
        }
      }
      for (const job of claimed) void track(job);
      if (!running) break;
      if (claimed.length === 0 || inFlight.size >= concurrency) {
        const signal = wake.signal;
        if (!signal.aborted) await sleep(pollMs, signal);
        wake = new AbortController();
      }
    }
    await Promise.all([...inFlight]);
  }

  async function run(job: ClaimedJob): Promise<void> {
    const at = now();
    const keep = { attempts: job.attempts, lastStatus: job.lastStatus, lastError: job.lastError };
    const settle = async (settlement: JobSettlement, line?: string) => {
      const kept = await jobs.settle(job, settlement, new Date(now()));
      if (!kept) log(`forward job ${job.id} ${job.leadId} → ${job.destination}: lease lost (another process took it over)`);
      else if (line) log(line);
    };
    const destination = setup.destinations.get(job.destination);
    if (!destination) {
      return settle({ ...keep, status: "dead", lastStatus: null, lastError: `no destination named "${job.destination}" in this serve's destinations file` });
    }
    if (job.kind === "escalate") {
      const claimed = await jobs.claimOf(job.leadId);
      if (claimed) return settle({ ...keep, status: "skipped", lastError: `claimed by ${claimed.actor} at ${claimed.at}: no escalation needed` });
    }
    const limited = limiters.get(destination.name)?.hit(destination.name, at);
    if (limited && !limited.ok) {
      return settle({ ...keep, status: "pending", nextAttemptAt: new Date(at + limited.retryAfterSeconds * 1000) });
    }
    const day = destination.type === "salesforce" ? new Date(at).toISOString().slice(0, 10) : null;
    if (destination.type === "salesforce" && !(await jobs.reserveDaily(destination.name, day!, destination.dailyCap))) {
      const nextDay = Date.parse(`${day}T00:00:00.000Z`) + 86_400_000;
      return settle({ ...keep, status: "pending", nextAttemptAt: new Date(nextDay), lastError: `Salesforce's daily cap of ${destination.dailyCap} leads is reached; waits for ${new Date(nextDay).toISOString().slice(0, 10)} (UTC)` });
    }
    const request = await buildRequest(job.lead, destination, { kind: job.kind, now: at, publicUrl });
    const result = await sendRequest(options.fetch, request, destination.timeoutMs);
    const attempts = job.attempts + 1;
    const outcome = decideOutcome(result, { attempts, maxAttempts: destination.maxAttempts, now: now(), random, ...(options.backoff ?? {}) });
    if (day && outcome.status !== "delivered") await jobs.releaseDaily(destination.name, day);
    const what = `forward ${job.leadId} → ${destination.name}${job.kind === "escalate" ? " (escalation)" : ""}`;
    switch (outcome.status) {
      case "delivered":
        return settle({ status: "delivered", attempts, lastStatus: outcome.httpStatus, lastError: null, delivered: true }, `${what}: delivered (${outcome.httpStatus})`);
      case "pending":
        return settle({ status: "pending", attempts, nextAttemptAt: new Date(outcome.nextAt), lastStatus: outcome.httpStatus, lastError: outcome.error });
      case "dead":
        return settle({ status: "dead", attempts, lastStatus: outcome.httpStatus, lastError: outcome.error }, `${what}: dead (${outcome.error})`);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loopDone = loop();
    },
    kick: nudge,
    async stop() {
      running = false;
      nudge();
      await loopDone;
      await Promise.all([...inFlight]);
    },
    async runOnce(limit = concurrency) {
      const claimed = await claim(limit);
      await Promise.all(claimed.map(track));
      return claimed.length;
    },
  };
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

