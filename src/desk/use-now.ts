import { useEffect, useState } from "preact/hooks";

/**
 * The server's current time in ms, ticking once a second (for live countdowns).
 *
 * @example const now = useNow(clockOffsetMs); countdown(respondBy, now)
 */
export function useNow(offsetMs: number, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const id = setInterval(() => setNow(Date.now() + offsetMs), everyMs);
    return () => clearInterval(id);
  }, [offsetMs, everyMs]);
  return now;
}
