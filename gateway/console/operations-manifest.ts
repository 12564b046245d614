/**
 * The console's GraphQL operations: one `.graphql` file per operation in web/operations, and the
 * fragments they share in web/operations/fragments (one per file, named after it). An operation
 * is sent with the fragments it spreads appended (`sent`), checked against the public schema at
 * build time (a renamed field fails the build, not a whip's page) and published as a
 * persisted-operations manifest (sha256 of the text sent → text), the format
 * HUB_PERSISTED_OPERATIONS reads, so a gateway that serves only known operations still runs the console.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { existsSync } from "node:fs";
import { buildSchema, Kind, parse, validate, visit, type GraphQLSchema } from "graphql";
import { sha256 } from "../security/persisted-operations.js";

export type ConsoleFragment = { name: string; file: string; text: string };

export type ConsoleOperation = {
  name: string;
  file: string;
  /** The operation as written in its file. */
  text: string;
  /** The fragments it spreads, directly or through another fragment. */
  fragments: ConsoleFragment[];
  /** What the console sends and the manifest holds: the text with those fragments appended. */
  sent: string;
  hash: string;
};

export function readConsoleOperations(folder: string): ConsoleOperation[] {
  const fragments = readFragments(path.join(folder, "fragments"));
  return graphqlFiles(folder).map((file) => {
    const text = readFileSync(path.join(folder, file), "utf8");
    const used = fragmentsUsedBy(text, fragments);
    const sent = used.length === 0 ? text : `${[text, ...used.map((fragment) => fragment.text)].map((part) => part.trimEnd()).join("\n\n")}\n`;
    return { name: path.basename(file, ".graphql"), file, text, fragments: used, sent, hash: sha256(sent) };
  });
}

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .sort();
}

function readFragments(folder: string): Map<string, ConsoleFragment> {
  if (!existsSync(folder)) return new Map();
  return new Map(
    graphqlFiles(folder).map((file) => {
      const name = path.basename(file, ".graphql");
      return [name, { name, file: path.join("fragments", file), text: readFileSync(path.join(folder, file), "utf8") }];
    }),
  );
}

/** The fragments a text spreads, transitively, in the order first met; an unknown name is left for validation to report. */
function fragmentsUsedBy(text: string, fragments: ReadonlyMap<string, ConsoleFragment>): ConsoleFragment[] {
  const used = new Map<string, ConsoleFragment>();
  const collect = (source: string) => {
    let document;
    try {
      document = parse(source);
    } catch {
      return; // checkConsoleOperations reports the syntax error
    }
    visit(document, {
      [Kind.FRAGMENT_SPREAD]: (node) => {
        const fragment = fragments.get(node.name.value);
        if (!fragment || used.has(fragment.name)) return;
        used.set(fragment.name, fragment);
        collect(fragment.text);
      },
    });
  };
  collect(text);
  return [...used.values()];
}

/** Every problem with the operations against the schema, one line each; empty when all are valid. */
export function checkConsoleOperations(operations: readonly ConsoleOperation[], schemaSdl: string): string[] {
  const schema: GraphQLSchema = buildSchema(schemaSdl);
  const problems: string[] = [];
  for (const operation of operations) {
    let document;
    try {
      document = parse(operation.sent);
    } catch (error) {
      problems.push(`${operation.file}: ${(error as Error).message}`);
      continue;
    }
    const definitions = document.definitions.filter((definition) => definition.kind === "OperationDefinition");
    if (definitions.length !== 1 || definitions[0].name?.value !== operation.name) {
      problems.push(`${operation.file}: expected exactly one operation, named ${operation.name} after its file`);
    }
    for (const error of validate(schema, document)) problems.push(`${operation.file}: ${error.message}`);
  }
  return problems;
}

export function manifestOf(operations: readonly ConsoleOperation[]): Record<string, string> {
  return Object.fromEntries(operations.map((operation) => [operation.hash, operation.sent]));
}
