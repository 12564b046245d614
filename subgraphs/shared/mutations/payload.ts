/**
 * Mutation payloads: the entity written, or the user errors that refused it. A mutation runs its
 * command through `attempt`; a refusal (a GraphQLError whose code is a user error code) becomes
 * a `UserError` naming the input field, anything else stays a top-level error.
 */
import { GraphQLError } from "graphql";
import { Field, ObjectType, type ClassType } from "type-graphql";
import { USER_ERROR_CODES, UserError, type UserErrorCode } from "./UserError.js";

export type Payload<Key extends string, Entity> = { [K in Key]: Entity | null } & { userErrors: UserError[] };

/** The GraphQLError a command threw as a user error, or null when it is not one. */
export function asUserError(error: unknown): UserError | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions?.code;
  if (typeof code !== "string" || !USER_ERROR_CODES.has(code)) return null;
  const argument = error.extensions?.argument;
  return {
    field: typeof argument === "string" ? ["input", ...argument.split(/[.[\]]+/).filter(Boolean)] : null,
    code: code as UserErrorCode,
    message: error.message,
  };
}

/** Runs a command; its result under `key`, or its refusal as `userErrors`. */
export async function attempt<Key extends string, Entity>(key: Key, run: () => Entity | Promise<Entity>): Promise<Payload<Key, Entity>> {
  try {
    const entity = await run();
    return { [key]: entity, userErrors: [] } as Payload<Key, Entity>;
  } catch (error) {
    const userError = asUserError(error);
    if (!userError) throw error;
    return { [key]: null, userErrors: [userError] } as Payload<Key, Entity>;
  }
}

/**
 * A payload type `name` with the entity under `key` (null when refused) and `userErrors`.
 * Built with type-graphql's decorators applied by hand, since the field name varies.
 */
export function createPayloadType(name: string, key: string, Entity: ClassType | (() => ClassType), description: string): ClassType {
  class PayloadType {
    userErrors!: UserError[];
  }
  const entityType = typeof Entity === "function" && Entity.prototype ? () => Entity as ClassType : (Entity as () => ClassType);
  Field(entityType, { nullable: true, description: `The ${describe(key)} written; null when the input was refused.` })(PayloadType.prototype, key);
  Field(() => [UserError], { description: "Why the input was refused; empty on success." })(PayloadType.prototype, "userErrors");
  ObjectType(name, { description })(PayloadType);
  return PayloadType;
}

function describe(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}
