/**
 * `@inaccessible` fields, types and enum values. The users and their types are invented for the
 * test. User 3's type is a value the API schema hides: a gateway must never hand it to a client.
 */
import type { ConformanceCase } from "../case.js";

type User = { id: string; name: string; ssn: string; type: string | null; friends: string[] };
const USERS: User[] = [
  { id: "1", name: "Ada", ssn: "111", type: "ADMIN", friends: ["2", "3"] },
  { id: "2", name: "Bo", ssn: "222", type: "REGULAR", friends: ["1", "3", "3"] },
  { id: "3", name: "Cy", ssn: "333", type: "SERVICE_ACCOUNT", friends: ["1"] },
  { id: "4", name: "Di", ssn: "444", type: null, friends: ["3", "2", "1"] },
];
const user = (id: string) => USERS.find((u) => u.id === id) ?? null;

export const inaccessible: ConformanceCase = {
  name: "inaccessible",
  covers: "@inaccessible fields, types, enum values (top level and inside nested lists), enum arguments",
  subgraphs: [
    {
      name: "users-a",
      typeDefs: `
        type Query { usersA: [User!]!  user(id: ID!): User  legacy: Legacy @inaccessible  legacyName: String }
        type User @key(fields: "id") { id: ID!  name: String!  ssn: String @inaccessible }
        type Legacy @inaccessible { id: ID! }`,
      resolvers: {
        Query: { usersA: () => USERS, user: (_: unknown, { id }: { id: string }) => user(id), legacy: () => ({ id: "L" }), legacyName: () => "old" },
        User: { __resolveReference: ({ id }: { id: string }) => user(id) },
      },
    },
    {
      name: "users-b",
      typeDefs: `
        type Query { usersB: [User!]!  usersInFriends: [User!]!  usersOfType(type: UserType!): [User!]!  firstType: UserType }
        type User @key(fields: "id") { id: ID!  type: UserType  strictType: UserType!  friends: [User!]! }
        enum UserType { ADMIN REGULAR SERVICE_ACCOUNT @inaccessible }`,
      resolvers: {
        Query: {
          usersB: () => USERS,
          usersInFriends: () => USERS.filter((u) => u.friends.includes("3")),
          usersOfType: (_: unknown, { type }: { type: string }) => USERS.filter((u) => u.type === type),
          firstType: () => "SERVICE_ACCOUNT",
        },
        User: {
          __resolveReference: ({ id }: { id: string }) => user(id),
          strictType: (u: User) => u.type ?? "REGULAR",
          friends: (u: User) => u.friends.map(user),
        },
      },
    },
  ],
  values: { ID: ["1", "2", "3", "9"] },
  regressions: [
    { query: `{ usersB { id type } }` },
    { query: `{ usersInFriends { id friends { id type } } }` },
    { query: `{ usersB { id strictType friends { strictType } } }` },
    { query: `{ firstType usersA { name } }` },
    // A hidden enum value as a variable: Apollo Gateway refuses it before any call; a fast path must too.
    { query: `query Hidden($t: UserType!) { usersOfType(type: $t) { id } }`, variables: { t: "SERVICE_ACCOUNT" }, operationName: "Hidden" },
    { query: `query Hidden($t: UserType!) { usersOfType(type: $t) { id name } }`, variables: { t: "SERVICE_ACCOUNT" }, operationName: "Hidden" },
  ],
};
