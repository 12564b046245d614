/** The README's whip examples, on the whole General Assembly record, return exactly the output the README shows. */
import { beforeAll, describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { importGeneralAssemblyRecord } from "../record.js";

describe("README whip dashboard on the real data", () => {
  // The first answer builds the index of the whole record (about 4 s here alone, more beside other
  // test files on two cores): what this test checks is the answer, so the gateway waits for it.
  const hub = useHub({ HUB_SUBGRAPH_TIMEOUT_MS: "30000" });

  beforeAll(async () => {
    await importGeneralAssemblyRecord(hub().stores["un-votes"]);
  }, 120_000);

  it.each(["For caucus whips: General Assembly votes", "The General Assembly record: coverage, sources and gaps"])(
    "answers the example of %s through the gateway exactly as documented",
    async (heading) => {
      const { query, output } = await readmeExample(heading);
      const result = await hub().query(query);
      expect(result.errors).toBeUndefined();
      expect(result).toEqual(output);
    },
  );

  it("answers a question about a session after the latest record with that fact", async () => {
    const result = await hub().query(
      `{ d10 { generalAssemblyVoting(session: 81) { countedRollCallCount coverage { latestRecordDate afterLatestRecord note } } } }`,
    );
    expect(result.data.d10.generalAssemblyVoting).toEqual({
      countedRollCallCount: 0,
      coverage: {
        latestRecordDate: "2026-06-04",
        afterLatestRecord: true,
        note: "The record ends on 2026-06-04 (session 80); session 81 is after it, so nothing there is recorded yet.",
      },
    });
  });
});
