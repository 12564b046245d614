/**
 * The README's secretariat brief, rebuilt from the real data: ratings and votes imported, the
 * demonstration members admitted by the example script through the gateway, then the documented
 * query answered exactly as shown.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { importGeneralAssemblyRecord } from "../record.js";
import { realData } from "../shared-data.js";

process.env.HUB_AUTH_MODE = "development";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("README secretariat brief on the real data", () => {
  const hub = useHub({ HUB_AUTH_MODE: "development" });

  beforeAll(async () => {
    await importFreedomHouse(hub().stores.alliance.db, realData("freedomhouse"), { progress: null });
    await importVdem(hub().stores.alliance.db, realData("vdem"), { progress: null });
    await importGeneralAssemblyRecord(hub().stores["un-votes"]);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "subgraphs", "alliance", "examples", "admit-eligible.ts")],
      {
        env: { ...process.env, HUB_GATEWAY_URL: hub().gatewayUrl },
      },
    );
    expect(stdout).toMatch(/Admitted \d+ states eligible under FREEDOM_HOUSE_FREE_OR_PARTLY_FREE \(demonstration data\)/);
  }, 180_000);

  it("answers through the gateway exactly as documented", async () => {
    const { query, output } = await readmeExample("For the AoD secretariat: eligibility, membership and the Alliance's record");
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result).toEqual(output);
  });
});
