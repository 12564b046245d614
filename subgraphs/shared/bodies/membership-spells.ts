/** `MembershipSpell`, the GraphQL type of one spell of membership; the spells' data and date rules are in spells.ts. */
import { Directive, Field, ObjectType } from "type-graphql";
import { PartialDate } from "../scalars/PartialDate.js";

// The plain data and its date rules, usable without GraphQL (worker threads); re-exported for the types' users.
export * from "./spells.js";

@ObjectType({
  description:
    "One spell of a state's membership of a body, as precise as the source dates it (a year, or a day). A spell without a start is membership whose start the source does not give: it counts at any date before its end.",
})
export class MembershipSpell {
  @Directive("@shareable")
  @Field(() => String, { description: "Alpha-3 code of the member." })
  countryCode!: string;

  @Directive("@shareable")
  @Field(() => PartialDate, { nullable: true, description: "When it joined; null where the source does not say." })
  began!: string | null;

  @Directive("@shareable")
  @Field(() => PartialDate, { nullable: true, description: "When it left; null while a member (as far as the source knows)." })
  ended!: string | null;
}
