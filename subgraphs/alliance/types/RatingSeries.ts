import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { catalogueFields, ownedDataSetTypes } from "../../shared/datasets/dataset-types.js";
import type { Db } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";

/** A series of country ratings (Freedom House, V-Dem): a row is one country's rating for one year. */
export const { DataSet, Type: RatingSeries } = ownedDataSetTypes(
  "RatingSeries",
  "Country ratings by year (the `freedomhouse` and `vdem` data sets): a row is one country's rating for one year; the latest record is the latest year rated.",
);

const TABLES = { freedomhouse: "freedom_rating", vdem: "regime_rating" } as const;

export const RATING_SERIES = { freedomhouse: catalogueFields("freedomhouse"), vdem: catalogueFields("vdem") };

const tableOf = (name: string) => TABLES[name as keyof typeof TABLES];

export const ratingSeriesTypes = ownedDataSetResolver(RatingSeries, ["freedomhouse", "vdem"], {
  rowCount: (db: Db, name) =>
    statement(db, `SELECT count(*) FROM ${tableOf(name)}`)
      .pluck()
      .get() as number,
  latestRecordDate: (db: Db, name) => {
    const latest = statement(db, `SELECT max(year) FROM ${tableOf(name)}`)
      .pluck()
      .get() as number | null;
    return latest === null ? null : String(latest);
  },
});
