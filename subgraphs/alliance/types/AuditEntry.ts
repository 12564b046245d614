import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One change to the Alliance's record, written in the same transaction as the change itself." })
export class AuditEntry {
  @Field(() => ID, { description: "Entry id, in order of writing." })
  id!: string;

  @Field(() => GraphQLDateTime, { description: "When." })
  at!: string;

  @Field(() => String, { description: "Who (the `sub` claim)." })
  actor!: string;

  @Field(() => String, { description: "The role they acted in." })
  role!: string;

  @Field(() => String, { description: "The mutation, e.g. `admitMember`." })
  action!: string;

  @Field(() => String, { description: "What it acted on, e.g. `country:CAN` or `proposal:3`." })
  subject!: string;

  @Field(() => String, { description: "The arguments, as JSON." })
  details!: string;
}
