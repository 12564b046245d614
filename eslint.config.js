// Lint, configured once (`npm run lint`, run by CI): the TypeScript with typescript-eslint's
// recommended rules and the layering rule (eslint.layering.js), and the public GraphQL schema
// (schema/api.graphql, written by `npm run compose`) against the naming and pagination
// conventions of API 1.0 (README, "API conventions"). Formatting is Prettier's (.prettierrc.json).
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import tseslint from "typescript-eslint";
import layering from "./eslint.layering.js";

const TYPESCRIPT = ["**/*.ts", "**/*.tsx"];

export default [
  { ignores: ["dist/**", "node_modules/**", "docs/**", "var/**"] },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TYPESCRIPT })),
  {
    files: TYPESCRIPT,
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // type-graphql's API takes classes as `Function` (resolvers, orphaned types, field types).
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    files: ["gateway/**/*.ts", "subgraphs/**/*.ts"],
    plugins: { layering },
    rules: {
      "layering/imports": "error",
      // One way to prepare SQL (subgraphs/shared/statements.ts): once per database and text.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: "Prepare SQL with statement(db, sql) or iterateRows(db, sql) from subgraphs/shared/statements.ts: once per database and text.",
        },
      ],
    },
  },
  {
    files: ["subgraphs/shared/statements.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Tests read GraphQL answers whose shape the assertions state.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["schema/api.graphql"],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: "schema/api.graphql" } } },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      "@graphql-eslint/naming-convention": [
        "error",
        {
          types: "PascalCase",
          FieldDefinition: "camelCase",
          InputValueDefinition: "camelCase",
          Argument: "camelCase",
          EnumValueDefinition: "UPPER_CASE",
          "FieldDefinition[parent.name.value=Query]": { forbiddenPrefixes: ["get", "query"] },
          "FieldDefinition[parent.name.value=Mutation]": { forbiddenPrefixes: ["mutation"], forbiddenSuffixes: ["Mutation"] },
        },
      ],
      // The root types are described by their fields; type-graphql gives them no description of their own.
      "@graphql-eslint/require-description": [
        "error",
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          DirectiveDefinition: true,
          ignoredSelectors: ["[type=ObjectTypeDefinition][name.value=/^(Query|Mutation)$/]"],
        },
      ],
      "@graphql-eslint/relay-connection-types": "error",
      "@graphql-eslint/relay-edge-types": ["error", { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      "@graphql-eslint/relay-page-info": "error",
      "@graphql-eslint/require-deprecation-reason": "error",
      "@graphql-eslint/no-typename-prefix": "error",
      "@graphql-eslint/unique-enum-value-names": "error",
      "@graphql-eslint/no-hashtag-description": "error",
    },
  },
];
