import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { catalogueFields, ownedDataSetTypes } from "../../shared/datasets/dataset-types.js";
import type { Db } from "../../shared/store.js";

/** A series of country ratings (Freedom House, V-Dem): a row is one country's rating for one year. */
export const { DataSet, Type: RatingSeries } = ownedDataSetTypes(
  "RatingSeries",
  "Country ratings by year (the `freedomhouse` and `vdem` data sets): a row is one country's rating for one year; the latest record is the latest year rated.",
);

const TABLES = { freedomhouse: "freedom_rating", vdem: "regime_rating" } as const;

export const RATING_SERIES = { freedomhouse: catalogueFields("freedomhouse"), vdem: catalogueFields("vdem") };

export const ratingSeriesTypes = ownedDataSetResolver(RatingSeries, ["freedomhouse", "vdem"], (db: Db, name) => {
  const table = TABLES[name as keyof typeof TABLES];
  const { rows, latest } = db.prepare(`SELECT count(*) AS rows, max(year) AS latest FROM ${table}`).get() as { rows: number; latest: number | null };
  return { rowCount: rows, latestRecordDate: latest === null ? null : String(latest) };
});
