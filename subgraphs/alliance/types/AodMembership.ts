import { GraphQLDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { AodMembershipStatus } from "./enums.js";

@ObjectType({
  description:
    "A state's standing in the Alliance of Democracies, from the latest membership decision recorded for it. " +
    "The store starts with no members: founding members are admitted by recorded decisions, not seeded. " +
    "Recording decisions (application, admission with its eligibility evidence, suspension, withdrawal) " +
    "arrives with the Alliance membership work; until then every state reads NOT_A_MEMBER unless a decision was stored.",
})
export class AodMembership {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => AodMembershipStatus, { description: "Current status." })
  status!: AodMembershipStatus;

  @Field(() => GraphQLDate, { nullable: true, description: "Day of the decision that set the current status; null when none was recorded." })
  since!: string | null;
}
