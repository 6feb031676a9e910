/**
 * Whether the address at `hop` is one of our proxies: hop 0 is the socket peer, hop 1 the rightmost
 * `X-Forwarded-For` entry (appended by the peer), hop 2 the one left of it, and so on.
 */
export type ProxyTrust = (address: string, hop: number) => boolean;

// An IPv4 dotted quad or anything IPv6-shaped; rejects "unknown", hostnames and markup.
const IP_SHAPE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$/;

/**
 * The client IP behind trusted proxies, read right to left: each trusted proxy appended the address
 * it saw, so the first untrusted address from the right is the client, and everything left of it was
 * written by the client and may be forged. Without a trusted peer the header is ignored. A malformed
 * entry ends the walk at the last address a trusted proxy reported.
 *
 * @example
 * const oneProxy: ProxyTrust = (_address, hop) => hop < 1;
 * clientIpFrom("10.0.0.2", "6.6.6.6, 203.0.113.9", oneProxy); // "203.0.113.9" (the forged 6.6.6.6 is ignored)
 */
export function clientIpFrom(peer: string | null, forwardedFor: string | undefined, trust: ProxyTrust | null): string | null {
  if (peer === null || !trust || !forwardedFor || !trust(peer, 0)) return peer;
  const hops = forwardedFor.split(",");
  let client = peer;
  for (let i = hops.length - 1, hop = 1; i >= 0; i--, hop++) {
    const address = (hops[i] ?? "").trim();
    if (!IP_SHAPE.test(address)) return client;
    client = address;
    if (!trust(address, hop)) return address;
  }
  return client;
}

/**
 * The value the nearest proxy set for a list header such as `X-Forwarded-Proto` (its rightmost entry).
 *
 * @example
 * lastEntry("http, https"); // "https"
 */
export function lastEntry(value: string | undefined): string | undefined {
  const entry = value?.split(",").at(-1)?.trim().toLowerCase();
  return entry || undefined;
}
