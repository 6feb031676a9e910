import { describe, expect, it } from "vitest";
import type { OnLeadContext } from "../../../src/server/create-on-lead-runner";
import type { ServerLead } from "../../../src/server/server-lead";
import { leadRequest, validLead } from "./fixtures";
import { problem, receiverHarness, sleep } from "./receiver-harness";
import type { OpenTransport } from "./transports";

/** A promise to settle from the test, and a count of calls running at once per leadId. */
function callTracker() {
  const running = new Map<string, number>();
  let mostAtOnce = 0;
  return {
    async track<T>(leadId: string, work: () => Promise<T>): Promise<T> {
      running.set(leadId, (running.get(leadId) ?? 0) + 1);
      mostAtOnce = Math.max(mostAtOnce, running.get(leadId) ?? 0);
      try {
        return await work();
      } finally {
        running.set(leadId, (running.get(leadId) ?? 1) - 1);
      }
    },
    get mostAtOnce() {
      return mostAtOnce;
    },
  };
}

/** `onLead`'s AbortSignal, time limit and claim, run against each way of serving the receiver. */
export function describeOnLead(open: OpenTransport) {
  describe("onLead", () => {
    const setup = receiverHarness(open);

    it("answers 409 with Retry-After 1 to a duplicate arriving while the first call is within its limit", async () => {
      let finish: () => void = () => {};
      const { send } = await setup({ onLead: () => new Promise<void>((resolve) => (finish = resolve)) });
      const lead = validLead();
      const first = send(leadRequest(lead));
      await sleep(50);
      const second = await send(leadRequest(lead));
      expect(second.status).toBe(409);
      expect(second.header("Retry-After")).toBe("1");
      finish();
      expect((await first).status).toBe(202);
    });

    it("aborts onLead's signal at the time limit and answers 503 lead_timeout with Retry-After", async () => {
      const seen: OnLeadContext[] = [];
      const { send } = await setup({
        onLeadTimeoutMs: 200,
        onLead: (_lead, context) => {
          seen.push(context);
          return new Promise<void>((_resolve, reject) => context.signal.addEventListener("abort", () => reject(context.signal.reason)));
        },
      });
      const started = Date.now();
      const reply = await send(leadRequest(validLead()));
      expect(reply.status).toBe(503);
      expect(problem(reply).error).toBe("lead_timeout");
      expect(reply.header("Retry-After")).toBe("1");
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(seen[0]?.signal.aborted).toBe(true);
      expect((seen[0]?.signal.reason as Error).name).toBe("TimeoutError");
    });

    it("keeps a late lead claimed until its call settles: retries get 409, then the 200 replay, and onLead runs once", async () => {
      const stored: ServerLead[] = [];
      const { send, onLead } = await setup({
        onLeadTimeoutMs: 150,
        // Ignores its signal, like a CRM client without cancellation, and stores the lead late.
        onLead: async (lead) => {
          await sleep(600);
          stored.push(lead);
        },
      });
      const lead = validLead();
      expect((await send(leadRequest(lead))).status).toBe(503);
      const during = await send(leadRequest(lead));
      expect(during.status).toBe(409);
      await sleep(700);
      const after = await send(leadRequest(lead));
      expect(after.status).toBe(200);
      expect(after.json()).toMatchObject({ leadId: lead.leadId, tier: "sales-ready" });
      expect(onLead).toHaveBeenCalledTimes(1);
      expect(stored).toHaveLength(1);
    });

    it("releases a late lead whose call finally fails, so a retry stores it, never running two calls at once", async () => {
      const calls = callTracker();
      let attempt = 0;
      const stored: string[] = [];
      const { send } = await setup({
        onLeadTimeoutMs: 150,
        onLead: (lead) =>
          calls.track(lead.leadId, async () => {
            attempt += 1;
            if (attempt === 1) {
              await sleep(500);
              throw new Error("CRM gave up");
            }
            stored.push(lead.leadId);
          }),
      });
      const lead = validLead();
      const statuses = [(await send(leadRequest(lead))).status];
      for (let i = 0; i < 12 && stored.length === 0; i++) {
        await sleep(100);
        statuses.push((await send(leadRequest(lead))).status);
      }
      expect(statuses[0]).toBe(503);
      expect(statuses).toContain(409);
      expect(statuses.at(-1)).toBe(202);
      expect(stored).toEqual([lead.leadId]);
      expect(calls.mostAtOnce).toBe(1);
    });

    it("refuses new leads with 503 busy while maxOverdueCalls calls are past their limit, and takes them once those settle", async () => {
      let unhang: () => void = () => {};
      const hung = validLead();
      const { send, onLead } = await setup({
        onLeadTimeoutMs: 100,
        maxOverdueCalls: 1,
        onLead: (lead) => (lead.leadId === hung.leadId ? new Promise<void>((resolve) => (unhang = resolve)) : undefined),
      });
      expect((await send(leadRequest(hung))).status).toBe(503);
      const other = validLead();
      const busy = await send(leadRequest(other));
      expect(busy.status).toBe(503);
      expect(problem(busy).error).toBe("busy");
      expect(onLead).toHaveBeenCalledTimes(1);
      unhang();
      await sleep(50);
      expect((await send(leadRequest(other))).status).toBe(202);
      expect((await send(leadRequest(hung))).status).toBe(200);
    });
  });
}
