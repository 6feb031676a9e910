import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { DeskClient } from "./desk-client";
import type { ForwardingResponse } from "./model/desk-types";

/**
 * Polls the forwarding status of some leads (none: just the daily caps) every `everyMs` while mounted,
 * so a rep watching a contact sees "Retrying" turn into "Delivered" without a reload.
 *
 * @example const { data, refresh } = useForwarding(client, contact.leads.map((l) => l.leadId), 2000);
 */
export function useForwarding(client: DeskClient, leadIds: readonly string[], everyMs: number): { data: ForwardingResponse | null; refresh: () => void } {
  const [data, setData] = useState<ForwardingResponse | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);
  const key = leadIds.join(",");

  const poll = useCallback(async () => {
    clearTimeout(timer.current);
    const result = await client.forwarding(key ? key.split(",") : []);
    if (stopped.current) return;
    if (result.ok) setData(result.value);
    timer.current = setTimeout(() => void poll(), everyMs);
  }, [client, key, everyMs]);

  useEffect(() => {
    stopped.current = false;
    void poll();
    return () => {
      stopped.current = true;
      clearTimeout(timer.current);
    };
  }, [poll]);

  return { data, refresh: () => void poll() };
}
