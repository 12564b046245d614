import { Body } from "./bodies.js";
import { Directive, Field, ID, ObjectType } from "type-graphql";

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
