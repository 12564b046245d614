import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Body } from "./bodies.js";

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description: "The D-10 Strategy Forum, convened by the Atlantic Council: leading democracies coordinating strategy. " + "Its lists are resolved on demand.",
})
export class D10 {
  @Field(() => ID, { description: "Stable id of the forum as a body: `d10`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name of the forum." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The organisation that convenes it." })
  convener!: string;
}
