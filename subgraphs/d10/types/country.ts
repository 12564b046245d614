/** The D-10's fields on the hub's Country entity. */
import { Directive, ObjectType, Field } from "type-graphql";
import { COUNTRY_DESCRIPTION, CountryBase } from "../../shared/countries/CountryBase.js";
import { D10Role } from "./enums.js";

/** `Country` as the d10 subgraph knows it: the reference fields plus its role in the D-10. */
@Directive(`@key(fields: "code")`)
@ObjectType("Country", { description: COUNTRY_DESCRIPTION })
export class Country extends CountryBase {
  @Field(() => D10Role, { nullable: true, description: "This country's role in the D-10 Strategy Forum; null when it takes no part." })
  d10Role!: D10Role | null;
}
