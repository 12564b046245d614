/**
 * Subgraphs that fail or break their contract: resolver errors with paths and extensions, null
 * bubbling through non-null fields and lists, and answers that violate the API schema (a value
 * of an enum the schema lacks, a string for an Int, a number for a String, null in a non-null
 * field, keys out of order or not asked for, a short `_entities` list). The tampering plays a
 * subgraph whose deployment drifted from the supergraph; the ledger is invented for the test.
 */
import { GraphQLError } from "graphql";
import type { ConformanceCase } from "../case.js";
import type { SubgraphAnswer } from "../tiny-subgraph.js";

const ENTRIES = ["e1", "e2", "e3", "e4", "e5", "e6"].map((id, i) => ({
  id,
  amount: (i + 1) * 10,
  memo: i % 2 ? `memo ${id}` : null,
  state: i % 3 ? "OPEN" : "CLOSED",
  tags: i === 4 ? [] : [`t${i}`],
}));
type Entry = (typeof ENTRIES)[number];
const entry = (id: string) => ENTRIES.find((e) => e.id === id) ?? null;

/** Rewrites every object that has an `id` of one of the given entries, wherever it sits in the answer. */
function rewriteEntries(value: unknown, rewrite: (record: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteEntries(item, rewrite));
  if (typeof value !== "object" || value === null) return value;
  const record = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, rewriteEntries(child, rewrite)]));
  return rewrite(record);
}

function driftedLedger(answer: SubgraphAnswer): SubgraphAnswer {
  if (!answer.data) return answer;
  const data = rewriteEntries(answer.data, (record) => {
    const id = record.id;
    if (id === "e3" && "state" in record) return { ...record, state: "ARCHIVED" };
    if (id === "e4" && "amount" in record) return { ...record, amount: String(record.amount) };
    if (id === "e5" && "memo" in record) return { ...record, memo: 42 };
    if (id === "e6" && "amount" in record) return { ...record, amount: null };
    // Keys in another order than asked, and one nobody asked for.
    if (id === "e2" && Object.keys(record).length > 1) return { internalNote: "x", ...Object.fromEntries(Object.entries(record).reverse()) };
    return record;
  });
  return { ...answer, data: data as SubgraphAnswer["data"] };
}

export const faults: ConformanceCase = {
  name: "faults",
  covers: "subgraph errors with paths and extensions, null bubbling, answers violating the API schema, short _entities answers",
  subgraphs: [
    {
      name: "ledger",
      typeDefs: `
        type Query { entries: [Entry!]!  entry(id: ID!): Entry  looseEntries: [Entry]  repeated: [Entry!]!  failing: String  strict: Entry! }
        type Entry @key(fields: "id") { id: ID!  amount: Int!  memo: String  state: EntryState!  locked: String!  tags: [String!]! }
        enum EntryState { OPEN CLOSED }`,
      resolvers: {
        Query: {
          entries: () => ENTRIES,
          entry: (_: unknown, { id }: { id: string }) => entry(id),
          looseEntries: () => [...ENTRIES, null],
          repeated: () => ["e1", "e6", "e1", "e6", "e2"].map(entry),
          failing: () => {
            throw new GraphQLError("the ledger is closed today", { extensions: { code: "LEDGER_CLOSED", reopens: "2026-12-01" } });
          },
          strict: () => ENTRIES[1],
        },
        Entry: {
          __resolveReference: ({ id }: { id: string }) => entry(id),
          locked: (e: Entry) => {
            if (e.id === "e2") throw new GraphQLError("entry e2 is locked", { extensions: { code: "LOCKED" } });
            return "no";
          },
        },
      },
      tamper: driftedLedger,
    },
    {
      name: "audit",
      typeDefs: `
        type Query { audited: [Entry!]! }
        type Entry @key(fields: "id") { id: ID!  auditor: String  flagged: Boolean! }`,
      resolvers: {
        Query: { audited: () => [{ id: "e1" }, { id: "e5" }, { id: "e1" }] },
        Entry: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          auditor: ({ id }: { id: string }) => (id === "e3" ? null : `auditor of ${id}`),
          flagged: ({ id }: { id: string }) => {
            if (id === "e4") throw new GraphQLError("audit of e4 failed", { extensions: { code: "AUDIT_FAILED" } });
            return id === "e1";
          },
        },
      },
      // Drops the last entity whenever e6 is asked for: a subgraph that answers short.
      tamper: (answer, call) => {
        const representations = call.variables?.representations as { id: string }[] | undefined;
        const entities = answer.data?._entities;
        if (!representations?.some((r) => r.id === "e6") || !Array.isArray(entities)) return answer;
        return { ...answer, data: { _entities: entities.slice(0, -1) } };
      },
    },
  ],
  values: { ID: ["e1", "e2", "e3", "e4", "e5", "e6", "e9"] },
  regressions: [
    { query: `{ entries { id state } }` },
    { query: `{ entry(id: "e4") { id amount } }` },
    { query: `{ entry(id: "e5") { memo } }` },
    { query: `{ entry(id: "e2") { id amount memo } }` },
    { query: `{ looseEntries { id amount } }` },
    { query: `{ failing entry(id: "e1") { id } }` },
    { query: `{ entries { id locked } }` },
    { query: `{ entries { id auditor flagged } }` },
    { query: `{ audited { id flagged memo } }` },
    // Five representations, three distinct: the audit subgraph answers one short either way.
    { query: `{ repeated { id auditor } }` },
  ],
};
