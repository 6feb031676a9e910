import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { DeskClient, DeskFailure } from "./desk-client";
import type { ContactsResponse } from "./model/desk-types";

export const POLL_MS = 1000;
const HIDDEN_POLL_MS = 5000;

export interface ContactsState {
  data: ContactsResponse | null;
  /** The server clock minus ours, so countdowns are right on a phone whose clock is off. */
  clockOffsetMs: number;
  failure: DeskFailure | null;
  /** Fetch now (after a claim or a note) instead of at the next tick. */
  refresh(): void;
}

/**
 * Keeps the desk's contacts fresh by polling every second (every 5 s while the tab is hidden) with
 * `If-None-Match`, so an unchanged desk costs a 304 and no JSON. Polling, not a push channel, because it
 * works through any proxy and across several serve processes without sticky sessions or LISTEN/NOTIFY.
 *
 * @example const { data, refresh } = useContacts(client, onSignedOut);
 */
export function useContacts(client: DeskClient, onUnauthorized: () => void): ContactsState {
  const [data, setData] = useState<ContactsResponse | null>(null);
  const [failure, setFailure] = useState<DeskFailure | null>(null);
  const [clockOffsetMs, setOffset] = useState(0);
  const etag = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);

  const poll = useCallback(async () => {
    clearTimeout(timer.current);
    const result = await client.contacts(etag.current);
    if (stopped.current) return;
    if (result.ok) {
      setFailure(null);
      if (!result.value.notModified) {
        etag.current = result.value.etag;
        setData(result.value.body);
        setOffset(Date.parse(result.value.body.now) - Date.now());
      }
    } else if (result.failure.status === 401) {
      onUnauthorized();
      return;
    } else {
      setFailure(result.failure);
    }
    timer.current = setTimeout(() => void poll(), document.hidden ? HIDDEN_POLL_MS : POLL_MS);
  }, [client, onUnauthorized]);

  useEffect(() => {
    stopped.current = false;
    void poll();
    const wake = () => {
      if (!document.hidden) void poll();
    };
    document.addEventListener("visibilitychange", wake);
    return () => {
      stopped.current = true;
      clearTimeout(timer.current);
      document.removeEventListener("visibilitychange", wake);
    };
  }, [poll]);

  return { data, clockOffsetMs, failure, refresh: () => void poll() };
}
