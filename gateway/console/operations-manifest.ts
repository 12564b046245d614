/**
 * The console's GraphQL operations: one `.graphql` file per operation in web/operations, checked
 * against the public schema at build time (a renamed field fails the build, not a whip's page) and
 * published as a persisted-operations manifest (sha256 of the text → text), the format
 * HUB_PERSISTED_OPERATIONS reads, so a gateway that serves only known operations still runs the console.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate, type GraphQLSchema } from "graphql";
import { sha256 } from "../security/persisted-operations.js";

export type ConsoleOperation = { name: string; file: string; text: string; hash: string };

export function readConsoleOperations(folder: string): ConsoleOperation[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(folder, file), "utf8");
      return { name: path.basename(file, ".graphql"), file, text, hash: sha256(text) };
    });
}

/** Every problem with the operations against the schema, one line each; empty when all are valid. */
export function checkConsoleOperations(operations: readonly ConsoleOperation[], schemaSdl: string): string[] {
  const schema: GraphQLSchema = buildSchema(schemaSdl);
  const problems: string[] = [];
  for (const operation of operations) {
    let document;
    try {
      document = parse(operation.text);
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
  return Object.fromEntries(operations.map((operation) => [operation.hash, operation.text]));
}
