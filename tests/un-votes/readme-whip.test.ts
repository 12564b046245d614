/** The README's whip dashboard, on the full real unvotes data, returns exactly the output the README shows. */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { sharedDataDir } from "../shared-data.js";

const data = sharedDataDir();

describe.skipIf(!data)("README whip dashboard on the real data", () => {
  const hub = useHub();

  beforeAll(async () => {
    await importUnVotes(hub().stores["un-votes"], path.join(data!, "unvotes"), { progress: null });
  }, 120_000);

  it("answers through the gateway exactly as documented", async () => {
    const { query, output } = await readmeExample("For caucus whips: General Assembly votes");
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result).toEqual(output);
  });
});
