import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clientIpFrom, lastEntry, type ProxyTrust } from "../../src/server/client-ip";
import { proxyTrust } from "../../src/server/proxy-trust";

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join("."));
const hops = (n: number): ProxyTrust => (_address, hop) => hop < n;

describe("clientIpFrom", () => {
  it("with n trusted proxies, takes the address the nth proxy saw, whatever the client put before it", () => {
    fc.assert(
      fc.property(fc.array(ipv4, { maxLength: 5 }), fc.array(ipv4, { minLength: 1, maxLength: 4 }), ipv4, (forged, chain, peer) => {
        // chain = [client, proxy1 … proxyN-1]; the peer is proxy N, which appended the last entry.
        const header = [...forged, ...chain].join(", ");
        return clientIpFrom(peer, header, hops(chain.length)) === chain[0];
      }),
    );
  });

  it("ignores X-Forwarded-For from an untrusted peer, or with no trust at all", () => {
    expect(clientIpFrom("203.0.113.9", "6.6.6.6", proxyTrust(["10.0.0.0/8"]))).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", "6.6.6.6", null)).toBe("203.0.113.9");
  });

  it("skips every trusted address from the right and stops at the first untrusted one", () => {
    const trust = proxyTrust(["loopback", "10.0.0.0/8"]);
    expect(clientIpFrom("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.7, 10.2.2.2", trust)).toBe("203.0.113.9");
  });

  it("never takes a malformed entry: it stops at the last address a trusted proxy reported", () => {
    expect(clientIpFrom("10.0.0.2", "<script>, 203.0.113.9", hops(3))).toBe("203.0.113.9");
    expect(clientIpFrom("10.0.0.2", "unknown", hops(1))).toBe("10.0.0.2");
  });

  it("takes the leftmost address when every hop is trusted", () => {
    expect(clientIpFrom("10.0.0.2", "10.0.0.5, 10.0.0.4", proxyTrust(["private"]))).toBe("10.0.0.5");
  });
});

describe("lastEntry", () => {
  it("reads what the nearest proxy set", () => {
    expect(lastEntry("http, HTTPS ")).toBe("https");
    expect(lastEntry(undefined)).toBeUndefined();
    expect(lastEntry("")).toBeUndefined();
  });
});

describe("proxyTrust", () => {
  it("matches listed addresses, CIDR ranges and IPv4-mapped IPv6 peers", () => {
    const trust = proxyTrust(["192.0.2.1", "10.0.0.0/8", "2001:db8::/32"])!;
    expect(["192.0.2.1", "10.200.0.1", "::ffff:10.0.0.2", "2001:db8::7"].map((a) => trust(a, 0))).toEqual([true, true, true, true]);
    expect(["192.0.2.2", "11.0.0.1", "2001:db9::1", "not-an-ip"].map((a) => trust(a, 0))).toEqual([false, false, false, false]);
  });

  it("trusts nothing for false, one hop for true, n hops for n", () => {
    expect(proxyTrust(false)).toBeNull();
    expect([0, 1].map((hop) => proxyTrust(true)!("x", hop))).toEqual([true, false]);
    expect([1, 2].map((hop) => proxyTrust(2)!("x", hop))).toEqual([true, false]);
  });

  it("refuses a malformed entry at startup", () => {
    expect(() => proxyTrust(["10.0.0.0/abc"])).toThrow(/not an IP address or CIDR range/);
    expect(() => proxyTrust(["proxy.internal"])).toThrow(/proxy.internal/);
    expect(() => proxyTrust(1.5)).toThrow(/whole number/);
  });
});
