import { afterEach, expect, vi } from "vitest";
import type { OnLead } from "../../../src/server/create-on-lead-runner";
import type { LeadHandlerOptions } from "../../../src/server/lead-handler-options";
import type { ServerLead } from "../../../src/server/server-lead";
import { ACME, rawConfig } from "./fixtures";
import type { OpenTransport, Reply, Transport } from "./transports";

export interface Receiver extends Pick<Transport, "send" | "selfOrigin"> {
  onLead: ReturnType<typeof vi.fn<OnLead>>;
  /** Leads the default onLead stored, in order. */
  received: ServerLead[];
}

/**
 * Registers cleanup and returns `setup(options)`: a receiver over `open` (Web or Node) with the test
 * form, ACME allowed, a recording onLead (or the given one, wrapped in a spy) and errors silenced.
 *
 * @example const setup = receiverHarness(webTransport); const { send } = await setup({ onLeadTimeoutMs: 100 });
 */
export function receiverHarness(open: OpenTransport): (options?: Partial<LeadHandlerOptions>) => Promise<Receiver> {
  const opened: Transport[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.close()));
  });
  return async (options = {}) => {
    const received: ServerLead[] = [];
    const onLead = vi.fn<OnLead>(options.onLead ?? (async (lead) => void received.push(lead)));
    const transport = await open({ configs: [rawConfig], allowedOrigins: [ACME], logError: () => {}, ...options, onLead });
    opened.push(transport);
    return { send: transport.send, selfOrigin: transport.selfOrigin, onLead, received };
  };
}

/** The problem body of a reply, after checking its media type. */
export function problem(reply: Reply): { type: string; title: string; status: number; error: string; detail?: string; issues?: Array<{ path: string; message: string }> } {
  expect(reply.header("Content-Type")).toBe("application/problem+json");
  return reply.json();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
