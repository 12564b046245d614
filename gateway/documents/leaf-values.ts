/**
 * Apollo Gateway's own test of a leaf value against the API schema (`isValidLeafValue`), as its
 * result shaping applies it: a value that fails becomes null with a value-completion error (an
 * `@inaccessible` enum value, a string where an Int belongs). Custom scalars accept anything.
 * One test per type name, made once per schema.
 */
import { isCustomScalarType, isValidLeafValue, type EnumType, type ScalarType, type Schema } from "@apollo/federation-internals";

export type LeafTest = (value: unknown) => boolean;

/** The test for a scalar or enum type by name; null when the API schema has no such type. */
export function leafTests(apiSchema: Schema): (typeName: string) => LeafTest | null {
  const tests = new Map<string, LeafTest>();
  return (typeName) => {
    let test = tests.get(typeName);
    if (!test) {
      const type = apiSchema.type(typeName) as ScalarType | EnumType | undefined;
      if (!type) return null;
      test = isCustomScalarType(type) ? () => true : (value: unknown) => isValidLeafValue(apiSchema, value, type);
      tests.set(typeName, test);
    }
    return test;
  };
}
