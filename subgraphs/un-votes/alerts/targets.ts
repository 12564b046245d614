/**
 * Where a webhook may be sent. `https` only unless HUB_WEBHOOK_ALLOW_HTTP allows plain http; and
 * never to loopback, link-local, private or otherwise internal addresses (the hub must not become
 * a way into the network it runs in) unless HUB_WEBHOOK_ALLOWED_HOSTS names the host or address.
 * Checked when a subscription is made and again on every connection (the resolver's answer can
 * change between the two: DNS rebinding), through the lookup of the delivery agent.
 */
import dns from "node:dns";
import net from "node:net";

export type TargetPolicy = { allowHttp: boolean; allowedHosts: ReadonlySet<string> };

/** Addresses no webhook goes to by default. */
const INTERNAL = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  INTERNAL.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  INTERNAL.addSubnet(prefix, bits, "ipv6");

export function isInternalAddress(address: string): boolean {
  const family = net.isIPv6(address) ? "ipv6" : "ipv4";
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1], "ipv4");
  return INTERNAL.check(address, family);
}

export class TargetRefused extends Error {}

/** The URL, parsed, when its form is acceptable; the address check follows at lookup. */
export function parseTarget(text: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefused(`expected an absolute https URL, received ${JSON.stringify(text)}`);
  }
  if (url.protocol !== "https:" && !(policy.allowHttp && url.protocol === "http:")) {
    throw new TargetRefused(
      `expected an https URL${policy.allowHttp ? " or an http one" : " (plain http needs HUB_WEBHOOK_ALLOW_HTTP=true)"}, received ${url.protocol.replace(":", "")}`,
    );
  }
  if (url.username || url.password)
    throw new TargetRefused("expected a URL without credentials; the subscription's secret authenticates the hub to the receiver");
  return url;
}

function hostAllowed(host: string, address: string, policy: TargetPolicy): boolean {
  return policy.allowedHosts.has(host.toLowerCase()) || policy.allowedHosts.has(address) || !isInternalAddress(address);
}

/** Resolves the URL's host and refuses it when any address is internal and not allowed by name. */
export async function checkTarget(url: URL, policy: TargetPolicy): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.promises.lookup(host, { all: true })).map((entry) => entry.address);
    } catch (error) {
      throw new TargetRefused(`cannot resolve ${host}: ${(error as Error).message}`);
    }
  }
  const refused = addresses.filter((address) => !hostAllowed(host, address, policy));
  if (refused.length > 0) {
    throw new TargetRefused(`${host} is ${refused.join(", ")}: a loopback, link-local or private address; name it in HUB_WEBHOOK_ALLOWED_HOSTS to allow it`);
  }
}

/** A `lookup` for the delivery agent's connections: the same check on the address actually connected to. */
export function guardedLookup(policy: TargetPolicy): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, entries) => {
      if (error) return callback(error, "", 4);
      const list = entries as unknown as dns.LookupAddress[];
      const refused = list.find((entry) => !hostAllowed(hostname, entry.address, policy));
      if (refused)
        return callback(new TargetRefused(`${hostname} resolved to ${refused.address}, an internal address not in HUB_WEBHOOK_ALLOWED_HOSTS`), "", 4);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
