import type { ServerLead } from "../server/server-lead";
import { createForwardJobRepository } from "../store/forward-job-repository";
import { createLeadRepository } from "../store/lead-repository";
import type { SqlClient } from "../store/sql-client";
import type { ForwardSetup } from "./destination-types";
import { planJobs } from "./plan-jobs";

/**
 * Stores an accepted lead and queues its forwarding jobs in one transaction: a lead is never stored
 * without its jobs, and a job never exists without its lead. A lead already stored (the handler retried
 * onLead) is left as it is, with the jobs its first insert queued.
 *
 * @example const { stored, jobs } = await storeLeadWithJobs(db, lead, setup, new Date()); if (jobs > 0) runner.kick();
 */
export async function storeLeadWithJobs(db: SqlClient, lead: ServerLead, setup: ForwardSetup | null, now: Date): Promise<{ stored: boolean; jobs: number }> {
  return db.transaction(async (tx) => {
    const stored = await createLeadRepository(tx).insert(lead);
    if (!stored || !setup) return { stored, jobs: 0 };
    const jobs = await createForwardJobRepository(tx).enqueue(lead.leadId, planJobs(lead, setup, now.toISOString()), now);
    return { stored, jobs };
  });
}
