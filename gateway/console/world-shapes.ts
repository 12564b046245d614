/**
 * The world map's shapes: world-atlas's 1:110m countries (Natural Earth, public domain), with each
 * shape's ISO 3166 numeric id replaced by the alpha-3 code the hub speaks, so the browser needs
 * no lookup table. Shapes without an ISO code (Kosovo, Northern Cyprus, Somaliland) keep none.
 */
import { createRequire } from "node:module";
import worldCountriesModule, { type Countries } from "world-countries";

// As in subgraphs/platform/countries/reference.ts: under Node the CommonJS build's default export is the array.
const worldCountries = worldCountriesModule as unknown as Countries;

type Topology = { objects: { countries: { geometries: { id?: string; properties?: { name?: string } }[] } } };

export function worldShapes(): Topology {
  const require = createRequire(import.meta.url);
  const topology = structuredClone(require("world-atlas/countries-110m.json")) as Topology & { objects: { land?: unknown } };
  const alpha3 = new Map(worldCountries.filter((country) => country.ccn3).map((country) => [country.ccn3, country.cca3]));
  delete topology.objects.land;
  for (const geometry of topology.objects.countries.geometries) {
    const code = geometry.id ? alpha3.get(geometry.id) : undefined;
    if (code) geometry.id = code;
    else delete geometry.id;
  }
  return topology;
}
