import { describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { ConfigError, flag, oneOf, port, positiveInteger, requiredString } from "../../subgraphs/platform/config.js";
import { readAuthMode } from "../../subgraphs/platform/auth-mode.js";
import { readAllianceSettings } from "../../subgraphs/alliance/settings.js";
import { readSubgraphConfig } from "../../subgraphs/platform/service-config.js";
import { subgraphInfo } from "../../subgraphs/registry.js";

describe("configuration", () => {
  it("tells a missing setting from an invalid one", () => {
    expect(() => requiredString({}, "HUB_X", "a name")).toThrow("HUB_X is not set: expected a name");
    expect(() => port({ HUB_P: "80a" }, "HUB_P", 1)).toThrow('HUB_P is invalid: expected a port number from 0 to 65535, received "80a"');
    expect(() => port({ HUB_P: "70000" }, "HUB_P", 1)).toThrow(ConfigError);
    expect(() => positiveInteger({ HUB_T: "0" }, "HUB_T", 5, "milliseconds")).toThrow('expected a whole number of milliseconds above 0, received "0"');
    expect(() => flag({ HUB_F: "maybe" }, "HUB_F", false)).toThrow('expected true or false, received "maybe"');
  });

  it("reads a word from a fixed set, the same way for every mode and policy", () => {
    expect(oneOf({}, "HUB_M", ["a", "b"], "a")).toBe("a");
    expect(oneOf({ HUB_M: " b " }, "HUB_M", ["a", "b"], "a")).toBe("b");
    expect(() => oneOf({ HUB_M: "c" }, "HUB_M", ["a", "b"], "a")).toThrow('HUB_M is invalid: expected "a", "b", received "c"');
    expect(readAuthMode({})).toBe("none");
    expect(() => readAuthMode({ HUB_AUTH_MODE: "open" })).toThrow('HUB_AUTH_MODE is invalid: expected "none", "jwt", "development", received "open"');
    expect(() => readAuthMode({ HUB_AUTH_MODE: "jwt" })).toThrow("HUB_SUBGRAPH_SECRET is not set");
    expect(readAllianceSettings({ HUB_AOD_ELIGIBILITY_POLICY: "VDEM_ELECTORAL_DEMOCRACY_OR_BETTER" }).defaultPolicy).toBe("VDEM_ELECTORAL_DEMOCRACY_OR_BETTER");
    expect(() => readAllianceSettings({ HUB_AOD_ELIGIBILITY_POLICY: "ANY" })).toThrow(
      'HUB_AOD_ELIGIBILITY_POLICY is invalid: expected "FREEDOM_HOUSE_FREE_OR_PARTLY_FREE"',
    );
  });

  it("uses defaults when unset and parses values when set", () => {
    expect(port({}, "HUB_P", 4000)).toBe(4000);
    expect(port({ HUB_P: " 0 " }, "HUB_P", 4000)).toBe(0);
    expect(flag({ HUB_F: "on" }, "HUB_F", false)).toBe(true);
  });

  it("gives each subgraph its own port variable and store file", () => {
    const config = readSubgraphConfig({ HUB_D10_PORT: "5103", HUB_DATA_DIR: "/tmp/hub-data" }, subgraphInfo("d10"));
    expect(config).toMatchObject({ host: "127.0.0.1", port: 5103, portVariable: "HUB_D10_PORT", storeFile: "/tmp/hub-data/d10.sqlite" });
  });

  it("takes subgraph URLs from configuration, following a changed port", () => {
    const config = readGatewayConfig({ HUB_D10_PORT: "5103", HUB_UN_VOTES_URL: "http://10.1.2.3:9000/graphql" });
    const urls = Object.fromEntries(config.subgraphs.map((s) => [s.name, s.url]));
    expect(urls).toEqual({
      "community-of-democracies": "http://127.0.0.1:4101/graphql",
      "un-votes": "http://10.1.2.3:9000/graphql",
      d10: "http://127.0.0.1:5103/graphql",
      alliance: "http://127.0.0.1:4104/graphql",
      overlaps: "http://127.0.0.1:4105/graphql",
    });
    expect(config.apolloTelemetry).toBe(false);
    expect(() => readGatewayConfig({ HUB_D10_URL: "ftp://x" })).toThrow('HUB_D10_URL is invalid: expected an http:// or https:// URL, received "ftp://x"');
  });

  it("refuses to forward headers the gateway sets itself or that describe the connection", () => {
    expect(() => readGatewayConfig({ HUB_FORWARD_HEADERS: "authorization, x-hub-claims" })).toThrow(
      'HUB_FORWARD_HEADERS is invalid: "x-hub-claims" is set by the gateway itself',
    );
    expect(() => readGatewayConfig({ HUB_FORWARD_HEADERS: "Content-Length" })).toThrow(
      /"content-length" is set by the gateway itself or describes the connection/,
    );
    expect(() => readGatewayConfig({ HUB_FORWARD_HEADERS: "bad header" })).toThrow('expected a comma-separated list of header names, received "bad header"');
    expect(readGatewayConfig({}).forwardHeaders).toEqual([]);
  });
});
