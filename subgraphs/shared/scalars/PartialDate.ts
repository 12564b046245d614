/**
 * A day, month or year, as precise as a source records it: `2018`, `2018-06` or `2018-06-09`.
 * Not `Date`, which must be a whole day: a founding "in 2000" is not 1 January 2000.
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const SHAPE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether `value` is a partial date that exists on the calendar (no 2021-02-30). */
export function isPartialDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  if (!match[3]) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function parse(value: unknown): string {
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw new GraphQLError(`PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(value)}`);
  }
  return value;
}

export const PartialDate = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  description: "A date as precise as its source: a year (`2018`), a month (`2018-06`) or a day (`2018-06-09`), ISO 8601.",
  specifiedByURL: "https://www.iso.org/iso-8601-date-and-time-format.html",
  serialize: parse,
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`PartialDate: expected a string, received a ${ast.kind}`);
    return parse(ast.value);
  },
});
