/** The Alliance of Democracies as a body of the graph. */
import { Directive, ObjectType, Field, ID } from "type-graphql";
import { Body } from "./bodies.js";

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description:
    "The proposed Alliance of Democracies (AoD): open to states rated free or partly free, with parliamentary and " +
    "civil society networks, a citizens' assembly, and no structures duplicating the Community of Democracies. " +
    "This subgraph is its system of record; lists are resolved on demand.",
})
export class Alliance {
  @Field(() => ID, { description: "Stable id of the body: `alliance-of-democracies`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name of the alliance." })
  name!: string;
}
