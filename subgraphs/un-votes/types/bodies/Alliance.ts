import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Owned by another subgraph, whose descriptions the supergraph carries; un-votes only adds
 * voting analysis of the members, whose codes it requires.
 */
@Directive(`@key(fields: "id")`)
@ObjectType("Alliance")
export class AllianceBody {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [String])
  memberCodes!: string[];
}
