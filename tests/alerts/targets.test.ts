/** Where webhooks may go, how they are signed, and how retries back off. */
import { describe, expect, it } from "vitest";
import { backoffMs } from "../../subgraphs/un-votes/alerts/settings.js";
import { signature, verifySignature } from "../../subgraphs/un-votes/alerts/signing.js";
import { checkTarget, isInternalAddress, parseTarget } from "../../subgraphs/un-votes/alerts/targets.js";

const strict = { allowHttp: false, allowedHosts: new Set<string>() };

describe("webhook targets", () => {
  it("takes https only, unless plain http is allowed, and no credentials in the URL", () => {
    expect(parseTarget("https://hooks.example.org/a", strict).hostname).toBe("hooks.example.org");
    expect(() => parseTarget("http://hooks.example.org/a", strict)).toThrow(
      "expected an https URL (plain http needs HUB_WEBHOOK_ALLOW_HTTP=true), received http",
    );
    expect(parseTarget("http://hooks.example.org/a", { ...strict, allowHttp: true }).protocol).toBe("http:");
    expect(() => parseTarget("https://user:pw@hooks.example.org/", strict)).toThrow("expected a URL without credentials");
    expect(() => parseTarget("hooks.example.org", strict)).toThrow('expected an absolute https URL, received "hooks.example.org"');
    // A receiver's address, not a place to store 900 KB.
    expect(() => parseTarget(`https://hooks.example.org/?token=${"x".repeat(900_000)}`, strict)).toThrow("expected at most 2000 characters, received 900033");
  });

  it("knows loopback, link-local, private and other internal addresses, in both families", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.10",
      "10.0.0.1",
      "172.16.5.4",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
    ]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["8.8.8.8", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
      expect(isInternalAddress(address), address).toBe(false);
  });

  it("judges an IPv6 address that carries an IPv4 one by the IPv4 address it carries, in every form (probe, #25)", () => {
    // The forms the probe got past the guard, each carrying 127.0.0.1, and the same forms carrying private and public addresses.
    for (const address of ["::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::", "::ffff:0:7f00:1", "::ffff:0:a00:1", "64:ff9b::a9fe:a9fe", "2002:c0a8:101::1"])
      expect(isInternalAddress(address), address).toBe(true);
    for (const address of ["64:ff9b::808:808", "2002:808:808::1", "::ffff:0:808:808"]) expect(isInternalAddress(address), address).toBe(false);
    // Tunnels that hide the IPv4 address, reserved and documentation ranges, and what is not an address at all.
    for (const address of ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "64:ff9b:1::7f00:1", "2001:db8::1", "fec0::1", "not an address"])
      expect(isInternalAddress(address), address).toBe(true);
  });

  it("refuses an internal address unless the allow-list names it, by address or by name", async () => {
    await expect(checkTarget(new URL("https://127.0.0.1/hooks"), strict)).rejects.toThrow(
      "127.0.0.1 is 127.0.0.1: a loopback, link-local or private address; name it in HUB_WEBHOOK_ALLOWED_HOSTS to allow it",
    );
    await expect(checkTarget(new URL("https://[::1]/hooks"), strict)).rejects.toThrow("a loopback, link-local or private address");
    await expect(checkTarget(new URL("https://localhost/hooks"), strict)).rejects.toThrow("localhost is");
    await expect(checkTarget(new URL("https://169.254.169.254/latest/meta-data"), strict)).rejects.toThrow("169.254.169.254");
    await expect(checkTarget(new URL("https://127.0.0.1/hooks"), { ...strict, allowedHosts: new Set(["127.0.0.1"]) })).resolves.toBeUndefined();
    await expect(checkTarget(new URL("https://localhost/hooks"), { ...strict, allowedHosts: new Set(["localhost"]) })).resolves.toBeUndefined();
    await expect(checkTarget(new URL("https://8.8.8.8/hooks"), strict)).resolves.toBeUndefined();
  });
});

describe("webhook signatures", () => {
  it("signs timestamp and body with HMAC-SHA256, as the README shows a receiver checking it", () => {
    // Worked out independently: printf '1767225600.{"id":"evt_1_2"}' | openssl dgst -sha256 -hmac 'whsec-example-secret-0123'
    expect(signature("whsec-example-secret-0123", 1767225600, '{"id":"evt_1_2"}')).toBe(EXPECTED);
    const headers = { signature: EXPECTED, timestamp: "1767225600" };
    expect(verifySignature("whsec-example-secret-0123", headers, '{"id":"evt_1_2"}', 1767225600 + 60)).toBe(true);
    expect(verifySignature("whsec-example-secret-0123", headers, '{"id":"evt_1_3"}', 1767225600 + 60)).toBe(false);
    expect(verifySignature("whsec-example-secret-0123", headers, '{"id":"evt_1_2"}', 1767225600 + 301)).toBe(false);
    expect(verifySignature("whsec-example-secret-0123", { ...headers, timestamp: undefined }, '{"id":"evt_1_2"}', 1767225600)).toBe(false);
  });

  it("backs off exponentially, capped", () => {
    const settings = { retryBaseMs: 10_000, retryMaxMs: 3_600_000 };
    expect([1, 2, 3, 4, 10, 20].map((attempts) => backoffMs(settings, attempts))).toEqual([10_000, 20_000, 40_000, 80_000, 3_600_000, 3_600_000]);
  });
});

const EXPECTED = "sha256=44918dde7c827d3533ba3f1f0e30c57e88174efa218f126f389570650889b33a";
