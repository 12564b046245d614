/** The Alliance's fields on the hub's Country entity. */
import { Directive, ObjectType, Field } from "type-graphql";
import { COUNTRY_DESCRIPTION, CountryBase } from "../../shared/countries/CountryBase.js";
import { AodMembership } from "./membership.js";

/** `Country` as the alliance subgraph knows it. */
@Directive(`@key(fields: "code")`)
@ObjectType("Country", { description: COUNTRY_DESCRIPTION })
export class Country extends CountryBase {
  @Field(() => AodMembership, { nullable: true, description: "This country's standing in the Alliance of Democracies." })
  aodMembership!: AodMembership | null;
}
