/**
 * Entities joined across subgraphs: `@provides`, `@requires`, an entity that occurs many times
 * in one answer (each author of many reviews: what the gateway's deduplication of
 * representations touches), and errors raised for one entity with a code of their own.
 * Accounts, reviews and items invented for the test.
 */
import { GraphQLError } from "graphql";
import type { ConformanceCase } from "../case.js";

const ACCOUNTS = [
  { id: "a1", username: "ada", country: "FRA" },
  { id: "a2", username: "bo", country: "SEN" },
  { id: "a3", username: "cy", country: null },
];
const REVIEWS = [
  { id: "r1", body: "Fine", stars: 4, author: "a1", item: "i1" },
  { id: "r2", body: "Poor", stars: 1, author: "a2", item: "i1" },
  { id: "r3", body: "Great", stars: 5, author: "a1", item: "i2" },
  { id: "r4", body: "Odd", stars: 3, author: "a3", item: "i3" },
  { id: "r5", body: "Again", stars: 2, author: "a1", item: "i2" },
  { id: "r6", body: "Meh", stars: 3, author: "a2", item: "i3" },
];
const ITEMS = [
  { sku: "i1", name: "Kettle", weight: 1.5 },
  { sku: "i2", name: "Anvil", weight: 50 },
  { sku: "i3", name: "Feather", weight: null },
];
const account = (id: string) => ACCOUNTS.find((a) => a.id === id) ?? null;
const item = (sku: string) => ITEMS.find((i) => i.sku === sku) ?? null;
type Review = (typeof REVIEWS)[number];

export const entities: ConformanceCase = {
  name: "entities",
  covers: "@key entities over four subgraphs, @provides, @requires, repeated entities (deduplicated representations), entity errors with codes",
  subgraphs: [
    {
      name: "accounts",
      typeDefs: `
        type Query { accounts: [Account!]!  account(id: ID!): Account }
        type Account @key(fields: "id") { id: ID!  username: String! @shareable  country: String  verified: Boolean! }`,
      resolvers: {
        Query: { accounts: () => ACCOUNTS, account: (_: unknown, { id }: { id: string }) => account(id) },
        Account: {
          __resolveReference: ({ id }: { id: string }) => account(id),
          verified: (a: { id: string }) => {
            if (a.id === "a2") throw new GraphQLError("verification service refused a2", { extensions: { code: "VERIFICATION_DOWN" } });
            return a.id !== "a3";
          },
        },
      },
    },
    {
      name: "reviews",
      typeDefs: `
        type Query { reviews: [Review!]!  topReview: Review  reviewsWithStars(min: Int!): [Review!]! }
        type Review @key(fields: "id") { id: ID!  body: String!  stars: Int!  author: Account! @provides(fields: "username")  item: Item }
        type Account @key(fields: "id") { id: ID!  username: String! @external  reviews: [Review!]! }
        type Item @key(fields: "sku") { sku: ID!  reviews: [Review!]! }`,
      resolvers: {
        Query: {
          reviews: () => REVIEWS,
          topReview: () => REVIEWS[2],
          reviewsWithStars: (_: unknown, { min }: { min: number }) => REVIEWS.filter((r) => r.stars >= min),
        },
        Review: {
          author: (r: Review) => ({ id: r.author, username: account(r.author)!.username }),
          item: (r: Review) => ({ sku: r.item }),
        },
        Account: { reviews: (a: { id: string }) => REVIEWS.filter((r) => r.author === a.id) },
        Item: { reviews: (i: { sku: string }) => REVIEWS.filter((r) => r.item === i.sku) },
      },
    },
    {
      name: "items",
      typeDefs: `
        type Query { items: [Item!]! }
        type Item @key(fields: "sku") { sku: ID!  name: String!  weight: Float }`,
      resolvers: { Query: { items: () => ITEMS }, Item: { __resolveReference: ({ sku }: { sku: string }) => item(sku) } },
    },
    {
      name: "shipping",
      typeDefs: `
        type Item @key(fields: "sku") { sku: ID!  weight: Float @external  shippingEstimate: Int @requires(fields: "weight") }`,
      resolvers: {
        Item: {
          __resolveReference: (reference: { sku: string; weight?: number | null }) => reference,
          shippingEstimate: (i: { weight?: number | null }) => {
            if (i.weight == null) throw new GraphQLError("no weight to estimate from", { extensions: { code: "NO_WEIGHT" } });
            return Math.round(i.weight * 2);
          },
        },
      },
    },
  ],
  values: { ID: ["a1", "a2", "a3", "zz"], Int: [1, 3, 5] },
  regressions: [
    { query: `{ reviews { id author { id username country verified } item { name shippingEstimate } } }` },
    { query: `{ accounts { username reviews { stars item { sku weight } } } }` },
  ],
};
