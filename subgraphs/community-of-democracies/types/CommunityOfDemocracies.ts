import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "The Community of Democracies, the intergovernmental coalition founded by the Warsaw Declaration in 2000. " +
    "The Alliance of Democracies must not duplicate it; its lists are resolved on demand.",
})
export class CommunityOfDemocracies {
  @Field(() => String, { description: "Name of the body." })
  name!: string;
}
