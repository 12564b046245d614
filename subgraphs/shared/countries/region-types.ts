/**
 * The regions of the country table (platform/countries) as GraphQL enums. The table is plain data
 * the gateway reads too; only the subgraphs publish it in a schema, so the registration lives here.
 */
import { registerEnumType } from "type-graphql";
import { Region, UnRegionalGroup } from "../../platform/countries/regions.js";

registerEnumType(Region, { name: "Region", description: "A world region (the UN geoscheme's continents, as world-countries records them)." });
registerEnumType(UnRegionalGroup, {
  name: "UnRegionalGroup",
  description: "The five UN regional groups: African; Asia and the Pacific; Eastern European; Latin American and Caribbean; Western European and Others.",
});

export { Region, UnRegionalGroup };
