/**
 * Where a webhook may be sent. `https` only unless HUB_WEBHOOK_ALLOW_HTTP allows plain http; and
 * never to loopback, link-local, private or otherwise internal addresses (the hub must not become
 * a way into the network it runs in) unless HUB_WEBHOOK_ALLOWED_HOSTS names the host or address.
 * Checked when a subscription is made and again on every connection (the resolver's answer can
 * change between the two: DNS rebinding), through the lookup of the delivery agent.
 */
import dns from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";

export type TargetPolicy = { allowHttp: boolean; allowedHosts: ReadonlySet<string> };

/** IPv6 ranges whose addresses carry an IPv4 address, and where in their 16-bit groups it sits. */
const EMBEDDED_IPV4_AT: Readonly<Record<string, number>> = { ipv4Mapped: 6, rfc6145: 6, "6to4": 1 };

/**
 * Whether no webhook goes to `address` by default: anything but a public unicast address
 * (loopback, private, link-local, carrier-grade NAT, multicast, reserved and documentation
 * ranges, unique-local IPv6 …), as ipaddr.js classifies it. An IPv6 address that carries an IPv4
 * one (`::ffff:127.0.0.1`, `::ffff:0:7f00:1`, `64:ff9b::7f00:1`, `2002:7f00:1::`, the old
 * `::127.0.0.1`) is judged as the IPv4 address it carries; Teredo and the variable-length NAT64
 * prefix, which hide theirs, are refused. Something that is not an address is refused too.
 */
export function isInternalAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv4") return parsed.range() !== "unicast";
  const ipv6 = parsed as ipaddr.IPv6;
  const range = ipv6.range();
  const parts = ipv6.parts;
  const compatible = parts.slice(0, 6).every((part) => part === 0) && (parts[6] !== 0 || parts[7] > 1);
  const nat64 = range === "rfc6052" && parts[1] === 0xff9b && parts[2] === 0;
  const at = compatible || nat64 ? 6 : EMBEDDED_IPV4_AT[range];
  if (at !== undefined) {
    const ipv4 = new ipaddr.IPv4([parts[at] >> 8, parts[at] & 0xff, parts[at + 1] >> 8, parts[at + 1] & 0xff]);
    return ipv4.range() !== "unicast";
  }
  return range !== "unicast";
}

export class TargetRefused extends Error {}

/** The longest target address taken: a receiver's URL, not a place to store data. */
const MAX_TARGET_LENGTH = 2_000;

/** The URL, parsed, when its form is acceptable; the address check follows at lookup. */
export function parseTarget(text: string, policy: TargetPolicy): URL {
  if (text.length > MAX_TARGET_LENGTH) throw new TargetRefused(`expected at most ${MAX_TARGET_LENGTH} characters, received ${text.length}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefused(`expected an absolute https URL, received ${JSON.stringify(text.slice(0, 80))}`);
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
