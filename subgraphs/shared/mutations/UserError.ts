import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { ErrorCode } from "../../platform/errors.js";

/**
 * Why a mutation refused its input. Refusals are data in the payload, so the schema describes
 * them; authentication, authorization and faults stay top-level errors.
 */
export enum UserErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  CONFLICT = "CONFLICT",
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation refused its input.",
  valuesConfig: {
    BAD_USER_INPUT: { description: "A value is malformed or out of range." },
    NOT_FOUND: { description: "The input names something that does not exist." },
    NOT_ELIGIBLE: { description: "The state is not eligible (or has no rating) under the policy, and no override reason was given." },
    CONFLICT: { description: "The record does not allow this now (for example admitting a state that is already a member)." },
  },
});

/** The `extensions.code` values a command throws that are refusals of the input, not faults. */
export const USER_ERROR_CODES: ReadonlySet<string> = new Set([ErrorCode.BadUserInput, ErrorCode.NotFound, ErrorCode.NotEligible, ErrorCode.Conflict]);

// Served by every subgraph with mutations, hence @shareable.
@ObjectType({ description: "A refusal of a mutation's input: which input field, why (code), and a sentence saying what was expected and what was received." })
export class UserError {
  @Directive("@shareable")
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. `["input", "countryCode"]`; null when no single field is.' })
  field!: string[] | null;

  @Directive("@shareable")
  @Field(() => UserErrorCode, { description: "Why the input was refused, as a stable code." })
  code!: UserErrorCode;

  @Directive("@shareable")
  @Field(() => String, { description: "What was expected and what was received." })
  message!: string;
}
