/** The README's planned-activity checks, on the real registry, structures and commitments, return exactly the output the README shows. */
import { beforeAll, describe, expect, it } from "vitest";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { realData, type RealDataSet } from "../shared-data.js";
import { STRUCTURE_IMPORTS } from "../../subgraphs/overlaps/structures-startup.js";

describe("README proposal check on the real registry", () => {
  const hub = useHub();

  beforeAll(async () => {
    await importCowIgo(hub().stores.overlaps, realData("cow_igo"), { progress: null });
    for (const { run, sharedFolder } of STRUCTURE_IMPORTS) await run(hub().stores.overlaps, realData(sharedFolder as RealDataSet));
  }, 60_000);

  it("answers through the gateway exactly as documented", async () => {
    const { query, output } = await readmeExample("Before creating anything: overlaps");
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result).toEqual(output);
  });
});
