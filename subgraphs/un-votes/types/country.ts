/** The un-votes subgraph's fields on the hub's Country entity. */
import { Directive, ObjectType, Field } from "type-graphql";
import { COUNTRY_DESCRIPTION, CountryBase } from "../../shared/countries/CountryBase.js";
import { UnRegionalGroup } from "../../shared/countries/region-types.js";

/** `Country` as the un-votes subgraph knows it. */
@Directive(`@key(fields: "code")`)
// simpleResolvers: no middleware runs on these fields (un-votes has none), which matters at 18,000 votes a request.
@ObjectType("Country", { description: COUNTRY_DESCRIPTION, simpleResolvers: true })
export class Country extends CountryBase {
  @Field(() => Boolean, { nullable: true, description: "Whether the country is a member state of the United Nations today (observer states are not)." })
  unMember!: boolean | null;

  @Field(() => UnRegionalGroup, {
    nullable: true,
    description: "The UN regional group the member state belongs to; null for non-members and members outside any group.",
  })
  unRegionalGroup!: UnRegionalGroup | null;
}
