/**
 * The sizes the schema declares for demand control follow the data: on the real registry,
 * informal groups, EU and commitments, no body holds more members, spells or activities than its
 * `@listSize` says. A failure here means the data grew past a price: raise it in subgraphs/shared/cost.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../gateway/config.js";
import { readCostDirectives } from "../../gateway/security/cost-directives.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { STRUCTURE_IMPORTS } from "../../subgraphs/overlaps/structures-startup.js";
import { useHub } from "../hub-hooks.js";
import { realData, type RealDataSet } from "../shared-data.js";

const directives = readCostDirectives(readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8"));
const declared = (field: string) => directives.listSizes.get(`Body.${field}`)?.assumedSize ?? 0;

type BodySizes = { id: string; memberCodes: string[] | null; membershipSpells: unknown[] | null; activities: unknown[] | null };

describe("declared list sizes against the real data", () => {
  const hub = useHub();
  const bodies: BodySizes[] = [];

  beforeAll(async () => {
    await importCowIgo(hub().stores.overlaps, realData("cow_igo"), { progress: null });
    for (const { run, sharedFolder } of STRUCTURE_IMPORTS) await run(hub().stores.overlaps, realData(sharedFolder as RealDataSet));
    let after: string | null = null;
    do {
      const result = await hub().query(
        `query ($after: String) { bodies(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id memberCodes membershipSpells { countryCode } activities { id } } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      bodies.push(...result.data.bodies.nodes);
      after = result.data.bodies.pageInfo.hasNextPage ? result.data.bodies.pageInfo.endCursor : null;
    } while (after);
  }, 120_000);

  const largest = (count: (body: BodySizes) => number) => bodies.reduce((top, body) => (count(body) > count(top) ? body : top));

  it("holds every body the hub knows", () => {
    expect(bodies.length).toBeGreaterThan(900);
  });

  it("has no body with more members than Body.members declares, and the UN at that size", () => {
    const top = largest((body) => body.memberCodes?.length ?? 0);
    expect([top.id, top.memberCodes?.length]).toEqual(["cow:UN", declared("members")]);
    expect(declared("memberCodes")).toBe(declared("members"));
  });

  it("has no body with more membership spells or activities than declared", () => {
    const spells = largest((body) => body.membershipSpells?.length ?? 0);
    const activities = largest((body) => body.activities?.length ?? 0);
    expect(spells.membershipSpells!.length).toBeLessThanOrEqual(declared("membershipSpells"));
    expect(activities.activities!.length).toBeLessThanOrEqual(declared("activities"));
    // The sizes are meant to be close, not loose: within a third of what the data holds.
    expect(spells.membershipSpells!.length).toBeGreaterThan(declared("membershipSpells") * 0.66);
    expect(activities.activities!.length).toBeGreaterThan(declared("activities") * 0.66);
  });
});
