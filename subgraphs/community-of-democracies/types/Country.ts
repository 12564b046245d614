import { Directive, Field, ObjectType } from "type-graphql";
import { COUNTRY_DESCRIPTION, CountryBase } from "../../shared/countries/CountryBase.js";
import { GoverningCouncilSeat } from "./GoverningCouncilSeat.js";

/** `Country` as the community-of-democracies subgraph knows it. */
@Directive(`@key(fields: "code")`)
@ObjectType("Country", { description: COUNTRY_DESCRIPTION })
export class Country extends CountryBase {
  @Field(() => GoverningCouncilSeat, {
    nullable: true,
    description: "This country's seat on the Governing Council of the Community of Democracies; null when it holds none.",
  })
  codGoverningCouncilSeat!: GoverningCouncilSeat | null;
}
