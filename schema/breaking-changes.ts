/**
 * The API contract from 1.0 on: the composed API schema (schema/api.graphql) against the last
 * released one (schema/released.graphql), with GraphQL Inspector's classification of every
 * change. A breaking change passes only when the changelog (schema/CHANGELOG.md) declares it
 * under "Unreleased", naming its schema coordinate, and, for a field, argument, enum value or
 * type that disappears, only when the released schema had already marked it @deprecated: the
 * path clients were told to take.
 */
import { readFile } from "node:fs/promises";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema, type GraphQLSchema } from "graphql";

export const RELEASED_SCHEMA_FILE = new URL("./released.graphql", import.meta.url);
export const CHANGELOG_FILE = new URL("./CHANGELOG.md", import.meta.url);

export type ContractReport = { breaking: string[]; refused: string[]; dangerous: string[]; safe: number };

const REMOVALS = new Set(["FIELD_REMOVED", "ENUM_VALUE_REMOVED", "FIELD_ARGUMENT_REMOVED", "INPUT_FIELD_REMOVED", "TYPE_REMOVED"]);

/** The lines of the changelog's "## Unreleased" section. */
export function unreleasedEntries(changelog: string): string[] {
  const start = changelog.search(/^## Unreleased\b/m);
  if (start < 0) return [];
  const rest = changelog.slice(start).split("\n").slice(1);
  const end = rest.findIndex((line) => line.startsWith("## "));
  return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.trim().startsWith("-"));
}

/** Whether the released schema deprecated the element a removal takes away (`Type.field`, `Type.field.arg`, `Enum.VALUE`, `Type`). */
function wasDeprecated(released: GraphQLSchema, path: string): boolean {
  const [typeName, member, argument] = path.split(".");
  const type = released.getType(typeName);
  if (!type || !member) return false;
  if ("getValues" in type) return !!type.getValues().find((value) => value.name === member)?.deprecationReason;
  if (!("getFields" in type)) return false;
  const field = (type.getFields() as Record<string, { deprecationReason?: string | null; args?: { name: string; deprecationReason?: string | null }[] }>)[
    member
  ];
  if (!field) return false;
  return argument ? !!field.args?.find((arg) => arg.name === argument)?.deprecationReason : !!field.deprecationReason;
}

export function checkContract(released: GraphQLSchema, current: GraphQLSchema, changes: readonly Change[], changelog: string): ContractReport {
  const declared = unreleasedEntries(changelog).filter((line) => /\bbreaking\b/i.test(line));
  const report: ContractReport = { breaking: [], refused: [], dangerous: [], safe: 0 };
  for (const change of changes) {
    const where = change.path ?? "(schema)";
    if (change.criticality.level === CriticalityLevel.Dangerous) report.dangerous.push(`${where}: ${change.message}`);
    if (change.criticality.level !== CriticalityLevel.Breaking) {
      if (change.criticality.level === CriticalityLevel.NonBreaking) report.safe++;
      continue;
    }
    report.breaking.push(`${where}: ${change.message}`);
    if (!declared.some((line) => line.includes(`\`${where}\``))) {
      report.refused.push(
        `${where}: ${change.message} (breaking). Declare it under "## Unreleased" in schema/CHANGELOG.md as "- Breaking: \`${where}\` …", with what clients should use instead.`,
      );
    } else if (REMOVALS.has(change.type) && !wasDeprecated(released, where)) {
      report.refused.push(
        `${where}: ${change.message} (breaking). Mark it @deprecated(reason: "use …") in a release first, so clients have a path, and remove it in a later one.`,
      );
    }
  }
  return report;
}

/** The check `npm test` runs: the current API schema against the released one. */
export async function contractReport(currentSdl: string): Promise<ContractReport> {
  const [releasedSdl, changelog] = await Promise.all([readFile(RELEASED_SCHEMA_FILE, "utf8"), readFile(CHANGELOG_FILE, "utf8")]);
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  return checkContract(released, current, await diff(released, current), changelog);
}
