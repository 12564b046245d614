/** The README's example query, run through the gateway, returns exactly the output the README shows. */
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";

describe("README example", () => {
  const hub = useHub();

  it("answers with data from all four subgraphs, no errors, exactly as documented", async () => {
    const { query, output } = await readmeExample("Example");
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result.data.countries[0]).toMatchObject({
      codGoverningCouncilSeat: expect.any(Object),
      unMember: true,
      d10Role: "PARTICIPANT",
      aodMembership: { status: "NOT_A_MEMBER" },
    });
    expect(result).toEqual(output);
  });
});
