/** The overlaps subgraph's Country entity. */
import { Directive, ObjectType } from "type-graphql";
import { COUNTRY_DESCRIPTION, CountryBase } from "../../shared/countries/CountryBase.js";

/** `Country` as the overlaps subgraph knows it: the reference fields only. */
@Directive(`@key(fields: "code")`)
@ObjectType("Country", { description: COUNTRY_DESCRIPTION })
export class Country extends CountryBase {}
