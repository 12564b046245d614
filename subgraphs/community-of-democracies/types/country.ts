/** The Community of Democracies' fields on the hub's Country entity: a seat on its Governing Council. */
import { ObjectType, Field, Directive } from "type-graphql";
import { COUNTRY_DESCRIPTION, CountryBase } from "../../shared/countries/CountryBase.js";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "A state's seat on the Governing Council of the Community of Democracies." })
export class GoverningCouncilSeat {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => SourceRef, { description: "Where this seat is recorded." })
  source!: SourceRef;
}

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
