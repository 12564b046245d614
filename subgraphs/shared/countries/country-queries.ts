import type DataLoader from "dataloader";
import { LARGEST_GROUP, sizedList } from "../cost.js";
import { Arg, Ctx, Directive, Query, Resolver, type ClassType } from "type-graphql";
import { allCountries } from "../../platform/countries/reference.js";
import { parseCountryCode } from "./country-code.js";

export type CountryLoaderContext<T> = { loaders: { country: DataLoader<string, T | null> } };

/**
 * `Query.country` and `Query.countries`, the graph's entry points to countries. Every subgraph
 * serves them (@shareable, identical arguments), built from its own `Country` class, so the
 * planner can start a query in whichever subgraph holds most of the fields asked for.
 */
export function createCountryQueries<T extends object>(CountryType: ClassType<T>) {
  @Resolver()
  class CountryQueries {
    @Directive("@shareable")
    @Query(() => CountryType, {
      nullable: true,
      description: "One country by its code (case-insensitive); null when no country has that code.",
    })
    country(
      @Arg("code", () => String, { description: "ISO 3166-1 alpha-3 code, or a historical state's own code; any letter case." }) code: string,
      @Ctx() context: CountryLoaderContext<T>,
    ): Promise<T | null> {
      return context.loaders.country.load(parseCountryCode(code));
    }

    @Directive("@shareable")
    // Every country without `codes`; with them, one per code given (the gateway counts the list it is sent).
    @sizedList(LARGEST_GROUP)
    @Query(() => [CountryType], {
      nullable: "itemsAndList",
      description:
        "Countries ordered by code. With `codes`: those countries in the order given, null for a code no " +
        "country has (historical states included whatever `includeHistorical` says). Without: every current " +
        "country and territory, and the historical states too when `includeHistorical` is true.",
    })
    async countries(
      @Arg("codes", () => [String], { nullable: true, description: "Alpha-3 codes to fetch." }) codes: string[] | null,
      @Arg("includeHistorical", () => Boolean, { defaultValue: false, description: "Without `codes`: include states that no longer exist." })
      includeHistorical: boolean,
      @Ctx() context: CountryLoaderContext<T>,
    ): Promise<(T | null)[]> {
      const wanted = codes
        ? codes.map((code, index) => parseCountryCode(code, `codes[${index}]`))
        : allCountries()
            .filter((country) => includeHistorical || !country.historical)
            .map((country) => country.code);
      const loaded = await context.loaders.country.loadMany(wanted);
      return loaded.map((entry) => {
        if (entry instanceof Error) throw entry;
        return entry;
      });
    }
  }
  return CountryQueries;
}
