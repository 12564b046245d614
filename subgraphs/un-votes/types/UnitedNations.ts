import { Field, Int, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "The United Nations as seen by the hub: its member states. Roll-call votes of the General Assembly come with the votes import." })
export class UnitedNations {
  @Field(() => Int, { description: "Number of member states today." })
  memberCount!: number;

  /** Codes of the member states; resolved to countries by the field resolver. */
  memberCodes!: string[];

  @Field(() => SourceRef, { description: "Where the membership list comes from." })
  source!: SourceRef;
}
