/**
 * A corpus of hostile requests, each refused with a 4xx and a code, never a 500; and the README's
 * query still answered. The gateway runs with its production defaults (NODE_ENV unset means
 * production): introspection and field suggestions off.
 */
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";

type Hostile = { name: string; body: string | (() => string); contentType?: string; method?: string; headers?: Record<string, string>; code?: RegExp };

const json = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });
const deep = (levels: number) => {
  let selection = "code";
  for (let i = 0; i < levels; i++) selection = `d10MeetingsHosted { host { ${selection} } }`;
  return `{ country(code: "JPN") { ${selection} } }`;
};

const CORPUS: Hostile[] = [
  { name: "deep nesting", body: json(deep(8)), code: /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/ },
  {
    name: "deep nesting through fragments",
    body: json(
      `query { country(code: "JPN") { ...F } } fragment F on Country { d10MeetingsHosted { host { d10MeetingsHosted { host { d10MeetingsHosted { host { d10MeetingsHosted { host { d10MeetingsHosted { host { d10MeetingsHosted { host { code } } } } } } } } } } } } }`,
    ),
  },
  { name: "alias flood", body: json(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: country(code: "USA") { code }`).join(" ")} }`) },
  // graphql-armor lets aliases of __typename through by default: 500 of them were answered (probe, #25).
  { name: "alias flood of __typename", body: json(`{ ${Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(" ")} }`) },
  { name: "alias flood inside a selection", body: json(`{ country(code: "USA") { ${Array.from({ length: 200 }, (_, i) => `n${i}: name`).join(" ")} } }`) },
  { name: "directive flood", body: json(`{ __typename ${"@include(if: true) ".repeat(60)} }`) },
  { name: "directive flood on fragments", body: json(`{ ...F ${"@skip(if: false) ".repeat(60)} } fragment F on Query { __typename }`) },
  { name: "token flood", body: json(`{ countries(codes: [${Array.from({ length: 6000 }, () => '"USA"').join(",")}]) { code } }`) },
  {
    name: "list amplification",
    body: json(`{ rollCalls(first: 500) { edges { node { votes(first: 500) { edges { node { country { name } } } } } } } }`),
    code: /QUERY_TOO_COSTLY/,
  },
  { name: "list amplification with a huge first", body: json(`{ rollCalls(first: 100000) { edges { node { id } } } }`), code: /QUERY_TOO_COSTLY/ },
  {
    name: "a list nested in two pages",
    body: json(`{ rollCalls(first: 200) { edges { node { votes(first: 200) { edges { node { country { d10MeetingsHosted { year } } } } } } } } }`),
    code: /QUERY_TOO_COSTLY/,
  },
  // The attacks of the limits review: list arguments and quadratic answers priced by what they ask for.
  {
    name: "10,000 codes as a variable",
    body: json(`query ($c: [String!]) { countries(codes: $c) { code votes(first: 50) { edges { node { position rollCall { id } } } } } }`, {
      variables: { c: Array.from({ length: 10_000 }, (_, i) => `C${String(i).padStart(2, "0")}`.slice(0, 3)) },
    }),
    code: /QUERY_TOO_COSTLY/,
  },
  // 200,000 items fit in the 1 MiB body: too many to spread as arguments in a cost estimate.
  {
    name: "200,000 codes as a variable",
    body: () => json(`query ($c: [String!]) { countries(codes: $c) { code } }`, { variables: { c: new Array(200_000).fill("") } }),
    code: /QUERY_TOO_COSTLY/,
  },
  {
    name: "400 codes, each with 200 votes",
    body: json(`query ($c: [String!]) { countries(codes: $c) { code votes(first: 200) { edges { node { position rollCall { id } } } } } }`, {
      variables: { c: Array.from({ length: 400 }, () => "USA") },
    }),
    code: /QUERY_TOO_COSTLY/,
  },
  {
    // The probe's finding: members were priced as 10 items, and this returned 936,612 votes (18.4 MB) in 3.9 s.
    name: "ten aliased lists of a body's members, each with 500 votes",
    body: json(`{ ${Array.from({ length: 10 }, (_, i) => `b${i}: body(id: "cow:UN") { members { votes(first: 500) { nodes { position } } } }`).join(" ")} }`),
    code: /QUERY_TOO_COSTLY/,
  },
  {
    name: "every country, each with 500 votes",
    body: json(`{ countries { code votes(first: 500) { edges { node { position } } } } }`),
    code: /QUERY_TOO_COSTLY/,
  },
  {
    name: "agreement matrices of 285 states under 20 aliases",
    body: () =>
      json(
        `query ($c: [String!]!) { ${Array.from({ length: 20 }, (_, i) => `m${i}: generalAssemblyVoting(memberCodes: $c, session: ${55 + i}) { agreementMatrix(first: 20000) { edges { node { a { code } b { code } agreement rollCallCount } } } }`).join(" ")} }`,
        { variables: { c: Array.from({ length: 285 }, () => "USA") } },
      ),
    code: /QUERY_TOO_COSTLY/,
  },
  {
    name: "a body's agreement matrix under 20 aliases",
    body: json(
      `{ ${Array.from({ length: 20 }, (_, i) => `m${i}: alliance { generalAssemblyVoting(session: ${55 + i}) { agreementMatrix(first: 20000) { edges { node { a { code } b { code } agreement } } } } }`).join(" ")} }`,
    ),
    code: /QUERY_TOO_COSTLY/,
  },
  { name: "too many root fields", body: json(`{ ${"d10 { name } ".repeat(25)} }`), code: /TOO_MANY_ROOT_FIELDS/ },
  { name: "batched request", body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]) },
  { name: "introspection in production", body: json(`{ __schema { types { name } } }`) },
  { name: "type introspection in production", body: json(`{ __type(name: "Country") { fields { name } } }`) },
  { name: "suggestion probing", body: json(`{ countrie { code } }`) },
  { name: "oversized body", body: () => json(`{ __typename }`, { padding: "x".repeat(1_100_000) }), code: /PAYLOAD_TOO_LARGE/ },
  { name: "malformed JSON", body: `{ "query": "{ __typename }"`, code: /BAD_REQUEST/ },
  { name: "wrong content type (CSRF)", body: `{ "query": "{ __typename }" }`, contentType: "text/plain" },
  { name: "GET without preflight header (CSRF)", body: "", method: "GET" },
  { name: "empty body", body: "" },
  { name: "no query", body: JSON.stringify({ variables: {} }) },
  { name: "unknown argument", body: json(`{ countries(limit: 1000000) { code } }`) },
  { name: "mutation over GET", body: "", method: "GET", headers: { "apollo-require-preflight": "true" } },
  { name: "fragment cycle", body: json(`{ country(code: "USA") { ...A } } fragment A on Country { ...B } fragment B on Country { ...A }`) },
];

describe("hostile requests", () => {
  const hub = useHub();

  it.each(CORPUS)("refuses $name with a 4xx and a code", async ({ name, body, contentType = "application/json", method = "POST", headers = {}, code }) => {
    const getQuery = name === "mutation over GET" ? `mutation { refreshOverlaps { bodies } }` : "{ __typename }";
    const url = method === "GET" ? `${hub().gatewayUrl}?query=${encodeURIComponent(getQuery)}` : hub().gatewayUrl;
    const response = await fetch(url, {
      method,
      // A GET carries no content type: what a cross-site form or image tag would send.
      headers: method === "GET" ? headers : { "content-type": contentType, ...headers },
      body: method === "GET" ? undefined : typeof body === "function" ? body() : body,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    expect(text).not.toMatch(/Did you mean|stacktrace|127\.0\.0\.1|SqliteError/);
    const payload = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    const errorCode = payload.errors?.[0]?.extensions?.code;
    expect(errorCode).toBeTruthy();
    if (code) expect(errorCode).toMatch(code);
  });

  it("prices the same query text by its variables, every time it is asked", async () => {
    const query = `query ($n: Int!) { rollCalls(first: $n) { edges { node { votes(first: $n) { edges { node { position } } } } } } }`;
    for (const [n, refused] of [
      [5, false],
      [500, true],
      [5, false],
      [500, true],
    ] as const) {
      const result = await hub().query(query, { n });
      expect(result.errors?.[0]?.extensions?.code, `first: ${n}`).toBe(refused ? "QUERY_TOO_COSTLY" : undefined);
    }
  });

  it("has at least 20 hostile requests in its corpus", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  it("still answers the README's query", async () => {
    const { query, output } = await readmeExample("Example");
    expect(await hub().query(query)).toEqual(output);
  });

  it("still answers a whip's agreement matrix for the whole UN membership (18,528 pairs, one request)", async () => {
    const codes = Array.from({ length: 193 }, (_, i) => `Z${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    const result = await hub().query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes, session: 74) { agreementMatrix(first: 20000) { edges { node { a { code aodMembership { status } } b { code aodMembership { status } } } } } } }`,
      { codes },
    );
    expect(result.errors?.[0]?.extensions?.code).not.toBe("QUERY_TOO_COSTLY");
  });

  it("still answers the whip's 18,000-vote session listing (a large but legitimate query)", async () => {
    const result = await hub().query(
      `{ rollCalls(filter: { session: 74 }, first: 100) { edges { node { votes(first: 200) { edges { node { position country { code } } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });
});
