import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "The proposed Alliance of Democracies (AoD): open to states rated free or partly free, with parliamentary and " +
    "civil society networks, a citizens' assembly, and no structures duplicating the Community of Democracies. " +
    "This subgraph is its system of record; lists are resolved on demand.",
})
export class Alliance {
  @Field(() => String, { description: "Name of the alliance." })
  name!: string;
}
