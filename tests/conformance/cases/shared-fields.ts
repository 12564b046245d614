/**
 * Fields several subgraphs resolve: `@shareable` fields whose nullability differs, an enum whose
 * values differ between subgraphs, `@override` with and without a progressive-override label,
 * and custom scalars (one a JSON object, one a string). Products invented for the test.
 */
import type { ConformanceCase } from "../case.js";

type Product = { upc: string; name: string | null; price: unknown; category: string; tags: string[] | null; weight: number; released: string };
const PRODUCTS: Product[] = [
  { upc: "p1", name: "Atlas", price: { amount: 12.5, currency: "EUR" }, category: "BOOKS", tags: ["maps"], weight: 3, released: "2019-12-18" },
  { upc: "p2", name: null, price: 7, category: "TOYS", tags: null, weight: 1, released: "2020-01-02" },
  { upc: "p3", name: "Hammer", price: "9.99", category: "TOOLS", tags: [], weight: 8, released: "2015-06-30" },
];
const product = (upc: string) => PRODUCTS.find((p) => p.upc === upc) ?? null;

export const sharedFields: ConformanceCase = {
  name: "shared-fields",
  covers: "@shareable with different nullability, enums that differ between subgraphs, @override, progressive override labels, custom scalars",
  subgraphs: [
    {
      name: "catalog",
      typeDefs: `
        scalar Money
        scalar Date
        type Query { products: [Product!]!  product(upc: String!): Product  topProducts(first: Int = 2): [Product!]!  releasedAfter(day: Date): [Product!]! }
        type Product @key(fields: "upc") {
          upc: String!
          name: String! @shareable
          price: Money
          category: Category @shareable
          tags: [String!] @shareable
          weight: Int
          released: Date @shareable
          shelf: String
        }
        enum Category { BOOKS TOOLS }`,
      resolvers: {
        Query: {
          products: () => PRODUCTS,
          product: (_: unknown, { upc }: { upc: string }) => product(upc),
          topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, Math.max(0, first)),
          releasedAfter: (_: unknown, { day }: { day?: string }) => PRODUCTS.filter((p) => !day || p.released > String(day)),
        },
        Product: {
          __resolveReference: ({ upc }: { upc: string }) => product(upc),
          // Non-null here: the catalog has a name for everything, even where inventory has none.
          name: (p: Product) => p.name ?? "(unnamed)",
          // The catalog knows no TOYS: it answers null where inventory would answer TOYS.
          category: (p: Product) => (p.category === "TOYS" ? null : p.category),
          shelf: (p: Product) => `shelf-${p.upc}`,
        },
      },
    },
    {
      name: "inventory",
      typeDefs: `
        scalar Date
        type Query { inventory: [Product!]!  lowStock(below: Int!): [Product!]! }
        type Product @key(fields: "upc") {
          upc: String!
          name: String @shareable
          category: Category @shareable
          tags: [String!] @shareable
          released: Date @shareable
          inStock: Boolean!
          weight: Int @override(from: "catalog")
          shelf: String @override(from: "catalog", label: "percent(50)")
        }
        enum Category { BOOKS TOOLS TOYS }`,
      resolvers: {
        Query: { inventory: () => PRODUCTS, lowStock: (_: unknown, { below }: { below: number }) => PRODUCTS.filter((p) => p.weight < below) },
        Product: {
          __resolveReference: ({ upc }: { upc: string }) => product(upc),
          inStock: (p: Product) => p.weight % 2 === 1,
          shelf: (p: Product) => `aisle-${p.upc}`,
        },
      },
    },
  ],
  values: { String: ["p1", "p2", "p3", "zz"], Date: ["2016-01-01", "2020-01-01"], Int: [0, 1, 2, 5, 9, -1] },
  regressions: [{ query: `{ inventory { upc name category tags } products { name category price released } }` }],
};
