import type { ForwardSetup } from "../../../src/forward/destination-types";
import { createForwardRunner, type ForwardRunnerOptions } from "../../../src/forward/create-forward-runner";
import { storeLeadWithJobs } from "../../../src/forward/store-lead-with-jobs";
import type { ServerLead } from "../../../src/server/server-lead";
import { createForwardJobRepository } from "../../../src/store/forward-job-repository";
import type { SqlClient } from "../../../src/store/sql-client";

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse("2026-11-23T12:00:00.000Z")) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms), set: (at: number) => void (now = at) };
}

/** A fetch that answers from a script instead of the network, recording every request. */
export function scriptedFetch(answers: Array<{ status: number; headers?: Record<string, string>; body?: string } | "reset">) {
  const calls: Array<{ url: string; body: string }> = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: String(init?.body ?? "") });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (next === "reset") throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
    return new Response(next.status === 204 ? null : (next.body ?? ""), { status: next.status, headers: next.headers ?? {} });
  }) as typeof fetch;
  return { fetch: fetchFn, calls };
}

/** A runner with quiet defaults for tests: short backoff, no logs, everything else from `options`. */
export function testRunner(db: SqlClient, setup: ForwardSetup, options: Partial<ForwardRunnerOptions> & Pick<ForwardRunnerOptions, "fetch" | "now">) {
  return createForwardRunner({ jobs: createForwardJobRepository(db), setup, random: () => 0.5, backoff: { baseMs: 20, capMs: 200 }, ...options });
}

/** Stores leads with their jobs, the way `serve` does for each accepted lead. */
export async function storeLeads(db: SqlClient, leads: readonly ServerLead[], setup: ForwardSetup, now: Date): Promise<number> {
  let jobs = 0;
  for (const lead of leads) jobs += (await storeLeadWithJobs(db, lead, setup, now)).jobs;
  return jobs;
}
