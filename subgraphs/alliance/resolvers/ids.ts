import { GraphQLError } from "graphql";
import { ErrorCode } from "../../platform/errors.js";

/** A record id as the store keys it (a whole number); any other id names nothing, a NOT_FOUND user error on `field`. */
export function idNumber(field: string, what: string, id: string): number {
  if (/^\d+$/.test(id)) return Number(id);
  throw new GraphQLError(`${field}: no ${what} has the id ${JSON.stringify(id)}`, { extensions: { code: ErrorCode.NotFound, argument: field } });
}
