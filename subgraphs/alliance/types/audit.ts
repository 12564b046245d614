/** The Alliance's audit log in the graph. */
import { GraphQLDateTime, GraphQLJSONObject } from "graphql-scalars";
import { ObjectType, Field, ID } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { Role } from "./enums.js";

@ObjectType({ description: "One change to the Alliance's record, written in the same transaction as the change itself." })
export class AuditEntry {
  @Field(() => ID, { description: "Entry id, in order of writing." })
  id!: string;

  @Field(() => GraphQLDateTime, { description: "When the change was made." })
  at!: string;

  @Field(() => String, { description: "Who (the `sub` claim)." })
  actor!: string;

  @Field(() => Role, { description: "The role they acted in." })
  role!: Role;

  @Field(() => String, { description: "The mutation, e.g. `admitMember`." })
  action!: string;

  @Field(() => String, { description: "What it acted on, e.g. `country:CAN` or `proposal:3`." })
  subject!: string;

  @Field(() => GraphQLJSONObject, { description: "What was written: the input as the record keeps it." })
  details!: Record<string, unknown>;
}

export const AuditEntryConnection = createConnectionType("AuditEntry", AuditEntry, "Audit entries, oldest first.");
