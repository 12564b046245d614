import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Body } from "./bodies.js";

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description:
    "The Community of Democracies, the intergovernmental coalition founded by the Warsaw Declaration in 2000. " +
    "The Alliance of Democracies must not duplicate it; its lists are resolved on demand.",
})
export class CommunityOfDemocracies {
  @Field(() => ID, { description: "Stable id of the body: `community-of-democracies`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name of the body." })
  name!: string;
}
