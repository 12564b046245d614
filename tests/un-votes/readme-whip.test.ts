/** The README's whip dashboard, on the full real unvotes data, returns exactly the output the README shows. */
import { beforeAll, describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { importGeneralAssemblyRecord } from "../record.js";
import { sharedDataDir } from "../shared-data.js";

const data = sharedDataDir();

describe.skipIf(!data)("README whip dashboard on the real data", () => {
  const hub = useHub();

  beforeAll(async () => {
    await importGeneralAssemblyRecord(hub().stores["un-votes"]);
  }, 120_000);

  it("answers through the gateway exactly as documented", async () => {
    const { query, output } = await readmeExample("For caucus whips: General Assembly votes");
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result).toEqual(output);
  });
});
