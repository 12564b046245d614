/**
 * Interfaces and unions answered with `__typename`, an entity interface extended by another
 * subgraph through `@interfaceObject`, and an `@inaccessible` type behind an interface (a
 * subgraph may return it; the API schema does not know it). Media invented for the test.
 */
import type { ConformanceCase } from "../case.js";

type Media = { __typename: "Book" | "Film" | "Podcast"; id: string; title: string; pages?: number; minutes?: number; host?: string };
const MEDIA: Media[] = [
  { __typename: "Book", id: "m1", title: "Atlas", pages: 320 },
  { __typename: "Film", id: "m2", title: "Harbour", minutes: 95 },
  { __typename: "Podcast", id: "m3", title: "Voices", host: "Di" },
  { __typename: "Book", id: "m4", title: "Tides", pages: 88 },
];
const media = (id: string) => MEDIA.find((m) => m.id === id) ?? null;
const RATINGS: Record<string, number | null> = { m1: 4.5, m2: 3, m3: null, m4: 5 };

export const abstractTypes: ConformanceCase = {
  name: "abstract-types",
  covers: "interfaces, unions, __typename, @interfaceObject, an @inaccessible implementation of an interface",
  subgraphs: [
    {
      name: "media",
      typeDefs: `
        type Query { media: [Media!]!  featured: Media  search(term: String!): [SearchResult!]!  books: [Book!]! }
        interface Media @key(fields: "id") { id: ID!  title: String! }
        type Book implements Media @key(fields: "id") { id: ID!  title: String!  pages: Int }
        type Film implements Media @key(fields: "id") { id: ID!  title: String!  minutes: Int }
        type Podcast implements Media @key(fields: "id") @inaccessible { id: ID!  title: String!  host: String }
        type Author { name: String! }
        union SearchResult = Book | Film | Author`,
      resolvers: {
        Query: {
          media: () => MEDIA,
          featured: () => MEDIA[2],
          search: (_: unknown, { term }: { term: string }) => [
            ...MEDIA.filter((m) => m.__typename !== "Podcast" && m.title.toLowerCase().includes(term.toLowerCase())),
            { __typename: "Author", name: `author of ${term}` },
          ],
          books: () => MEDIA.filter((m) => m.__typename === "Book"),
        },
        Media: { __resolveReference: ({ id }: { id: string }) => media(id), __resolveType: (m: Media) => m.__typename },
        SearchResult: { __resolveType: (r: { __typename: string }) => r.__typename },
        Book: { __resolveReference: ({ id }: { id: string }) => media(id) },
        Film: { __resolveReference: ({ id }: { id: string }) => media(id) },
        Podcast: { __resolveReference: ({ id }: { id: string }) => media(id) },
      },
    },
    {
      name: "ratings",
      typeDefs: `
        type Query { topRated: [Media!]! }
        type Media @key(fields: "id") @interfaceObject { id: ID!  rating: Float  ratingCount: Int! }`,
      resolvers: {
        Query: {
          topRated: () =>
            Object.keys(RATINGS)
              .filter((id) => (RATINGS[id] ?? 0) >= 4)
              .map((id) => ({ id })),
        },
        Media: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          rating: ({ id }: { id: string }) => RATINGS[id] ?? null,
          ratingCount: ({ id }: { id: string }) => id.length,
        },
      },
    },
  ],
  values: { String: ["a", "at", "tides", "zz"] },
  regressions: [
    { query: `{ media { __typename id title ... on Book { pages } } featured { id title } }` },
    { query: `{ topRated { id title rating ... on Film { minutes } } }` },
    { query: `{ search(term: "a") { __typename ... on Author { name } ... on Media { title } } }` },
  ],
};
