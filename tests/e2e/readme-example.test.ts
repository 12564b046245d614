/** The README's example query, run through the gateway, returns exactly the output the README shows. */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";

async function readmeExample(): Promise<{ query: string; output: unknown }> {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Example"));
  const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  const output = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!query || !output) throw new Error("README.md: the Example section needs a ```graphql block followed by a ```json block");
  return { query, output: JSON.parse(output) };
}

describe("README example", () => {
  const hub = useHub();

  it("answers with data from all four subgraphs, no errors, exactly as documented", async () => {
    const { query, output } = await readmeExample();
    const result = await hub().query(query);
    expect(result.errors).toBeUndefined();
    expect(result.data.countries[0]).toMatchObject({ codGoverningCouncilSeat: expect.any(Object), unMember: true, d10Role: "PARTICIPANT", aodMembership: { status: "NOT_A_MEMBER" } });
    expect(result).toEqual(output);
  });
});
