import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Owned by the alliance subgraph, whose descriptions the supergraph carries; un-votes only adds
 * voting analysis of the members, whose codes it requires.
 */
@Directive(`@key(fields: "id")`)
@ObjectType("UnDemocracyCaucus")
export class UnDemocracyCaucusBody {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [String])
  memberCodes!: string[];
}
