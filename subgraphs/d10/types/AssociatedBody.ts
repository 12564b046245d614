import { Directive, Field, ID, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";
import { Body } from "./bodies.js";

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description: "A structure beside the D-10 whose activities the hub compares with: the G7 (its Rapid Response Mechanism) and the Summit for Democracy.",
})
export class AssociatedBody {
  @Field(() => ID, { description: "Stable id: `g7` or `summit-for-democracy`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Its name." })
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: "Alpha-3 codes of its member states, ordered by code; empty where the source lists none (the Summit's invitees are not recorded).",
  })
  memberCodes!: string[];

  @Field(() => SourceRef, { nullable: true, description: "Where its membership is recorded." })
  source!: SourceRef;
}
