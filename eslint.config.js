// Lint for the public GraphQL schema (schema/api.graphql, written by `npm run compose`): the
// naming and pagination conventions of API 1.0 (README, "API conventions").
import graphqlPlugin from "@graphql-eslint/eslint-plugin";

export default [
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
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, DirectiveDefinition: true, ignoredSelectors: ["[type=ObjectTypeDefinition][name.value=/^(Query|Mutation)$/]"] },
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
