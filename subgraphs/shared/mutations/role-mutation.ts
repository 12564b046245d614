import { Authorized, Mutation } from "type-graphql";
import type { Role } from "../auth.js";

/** The sentence every mutation's description ends with, so a client reads the role it needs where it reads the rest. */
export function rolesSentence(roles: readonly Role[]): string {
  const names = roles.map((role) => `\`${role}\``);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
  return `Needs the ${list} role.`;
}

/** A mutation that needs one of `roles`: @Authorized and the role named in its description, from one list. */
export function RoleMutation(roles: readonly Role[], returns: Parameters<typeof Mutation>[0] & Function, description: string): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(...roles)(target, key, descriptor);
    Mutation(returns, { nullable: true, description: `${description} ${rolesSentence(roles)}` })(target, key, descriptor);
  };
}
