import { isCountryCodeShape } from "./country-code.js";
import type { CountryLoaderContext } from "./country-queries.js";

/**
 * `Country.__resolveReference` for any subgraph: every code goes through the request's batched
 * country loader, so N references cost one store call; an unknown or malformed code resolves to
 * null rather than failing the whole batch.
 */
export const countryReferenceResolvers = {
  Country: {
    __resolveReference(reference: { code?: unknown }, context: CountryLoaderContext<unknown>) {
      return isCountryCodeShape(reference.code) ? context.loaders.country.load(reference.code.toUpperCase()) : null;
    },
  },
};
