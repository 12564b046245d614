/** The README's proposal check, on the real COW registry, returns exactly the output the README shows. */
import { beforeAll, describe, expect, it } from "vitest";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { realData } from "../shared-data.js";

describe("README proposal check on the real registry", () => {
  const hub = useHub();

  beforeAll(async () => {
    await importCowIgo(hub().stores.overlaps, realData("cow_igo"), { progress: null });
  }, 60_000);

  it("answers through the gateway exactly as documented", async () => {
    const { query, output } = await readmeExample("Before creating anything: overlaps");
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result).toEqual(output);
  });
});
