/**
 * The API contract (schema/breaking-changes.ts, README "API conventions"): the current API schema
 * against the released one, and the schema lint. Both checks are also shown failing on small
 * made-up schemas, so a pass means something.
 */
import { readFile } from "node:fs/promises";
import { diff } from "@graphql-inspector/core";
import { ESLint } from "eslint";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { checkContract, contractReport } from "../../schema/breaking-changes.js";
import { API_SCHEMA_FILE } from "../../schema/compose-supergraph.js";
import { projectRoot } from "../../gateway/config.js";

const RELEASED = /* GraphQL */ `
  type Query {
    "A country."
    country(code: String!): Country
    "Old name."
    nation(code: String!): Country @deprecated(reason: "use country")
  }
  "A country."
  type Country {
    "Its code."
    code: String!
    "Its name."
    name: String
  }
`;

async function check(next: string, changelog: string) {
  const released = buildSchema(RELEASED);
  const current = buildSchema(next);
  return checkContract(released, current, await diff(released, current), changelog);
}

describe("the API contract", () => {
  it("holds for the composed schema against the last release", async () => {
    const report = await contractReport(await readFile(API_SCHEMA_FILE, "utf8"));
    if (report.breaking.length > 0) console.log(`declared breaking changes:\n  ${report.breaking.join("\n  ")}`);
    if (report.dangerous.length > 0) console.log(`dangerous changes:\n  ${report.dangerous.join("\n  ")}`);
    expect(report.refused).toEqual([]);
  });

  it("refuses a breaking change the changelog does not declare, or a removal never deprecated", async () => {
    const withoutName = RELEASED.replace(`"Its name."\n    name: String`, "");
    const undeclared = await check(withoutName, "## Unreleased\n");
    expect(undeclared.refused).toEqual([expect.stringMatching(/^Country\.name: .*Declare it under "## Unreleased"/)]);
    const notDeprecated = await check(withoutName, "## Unreleased\n- Breaking: `Country.name` is gone.\n");
    expect(notDeprecated.refused).toEqual([expect.stringMatching(/^Country\.name: .*Mark it @deprecated/)]);
    // Declared in an earlier release's section does not count.
    const oldSection = await check(withoutName, "## Unreleased\n\n## 1.0.0\n- Breaking: `Country.name`\n");
    expect(oldSection.refused).toHaveLength(1);
  });

  it("lets a deprecated field go when the changelog declares it, and additions pass as they are", async () => {
    const withoutNation = RELEASED.replace(/"Old name."\n\s*nation\(code: String!\): Country @deprecated\(reason: "use country"\)/, "");
    const removed = await check(withoutNation, "## Unreleased\n- Breaking: `Query.nation` removed: use `Query.country`.\n");
    expect(removed).toMatchObject({ refused: [], breaking: [expect.stringMatching(/^Query\.nation/)] });
    const added = await check(RELEASED.replace(`"Its code."`, `"Its flag."\n    flag: String\n    "Its code."`), "## Unreleased\n");
    expect(added).toMatchObject({ refused: [], breaking: [] });
    expect(added.safe).toBeGreaterThan(0);
  });
});

describe("the schema lint (graphql-eslint, eslint.config.js)", () => {
  it("finds nothing in the composed schema", async () => {
    const eslint = new ESLint({ cwd: projectRoot() });
    const [result] = await eslint.lintFiles(["schema/api.graphql"]);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`)).toEqual([]);
  });

  it("finds what it is meant to: names against the conventions, a connection that is not Relay's", async () => {
    const bad = /* GraphQL */ `
      "Root."
      type Query {
        "A field named against the conventions."
        get_countries(first: Int, after: String): CountryConnection
      }
      "Not a Relay connection: no edges, no pageInfo."
      type CountryConnection {
        "Items."
        items: [String]
      }
    `;
    const eslint = new ESLint({ cwd: projectRoot() });
    const [result] = await eslint.lintText(bad, { filePath: "schema/api.graphql" });
    const rules = new Set(result.messages.map((m) => m.ruleId));
    expect(rules).toContain("@graphql-eslint/naming-convention");
    expect(rules).toContain("@graphql-eslint/relay-connection-types");
  });
});
