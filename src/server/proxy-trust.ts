import type { ProxyTrust } from "./client-ip";

/**
 * `toNodeListener`'s `trustProxy`: which peers are our reverse proxies.
 * - `false` (default): none; `X-Forwarded-*` headers are ignored.
 * - `true` or a number n: the n nearest hops are proxies (`true` = 1: one proxy in front, e.g. nginx).
 * - a list of addresses and CIDR ranges (`"10.0.0.0/8"`, `"::1"`), plus `"loopback"` and `"private"`.
 */
export type TrustProxyOption = boolean | number | readonly string[];

const NAMED: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/**
 * Turns the option into a trust test (null when nothing is trusted). Node only: it uses node:net's
 * BlockList (which also matches IPv4-mapped IPv6 peers like `::ffff:10.0.0.2`), loaded lazily so the
 * server entry still imports on edge runtimes. A malformed entry throws at startup.
 *
 * @example
 * proxyTrust(["loopback"])?.("127.0.0.1", 0); // true
 */
export function proxyTrust(option: TrustProxyOption): ProxyTrust | null {
  if (option === false || option === 0) return null;
  if (option === true) return (_address, hop) => hop < 1;
  if (typeof option === "number") {
    if (!Number.isInteger(option) || option < 0) throw new Error(`trustProxy: expected a whole number of proxies, got ${option}`);
    return (_address, hop) => hop < option;
  }
  const net = process.getBuiltinModule("node:net");
  const list = new net.BlockList();
  for (const entry of option.flatMap((e) => NAMED[e] ?? [e])) {
    const [address = "", bits] = entry.split("/");
    const family = net.isIP(address);
    if (family === 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) throw new Error(`trustProxy: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const family = net.isIP(address);
    return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
  };
}
