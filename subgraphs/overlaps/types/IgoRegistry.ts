import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { catalogueFields, ownedDataSetTypes } from "../../shared/datasets/dataset-types.js";
import type { Db } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";

/** The Correlates of War registry as this subgraph holds it: a row is one IGO in one year. */
export const { DataSet, Type: IgoRegistry } = ownedDataSetTypes(
  "IgoRegistry",
  "The Correlates of War registry of intergovernmental organisations (the `cow-igo` data set): a row is one organisation in one year; the latest record is the registry's last year.",
);

export const IGO_REGISTRY = catalogueFields("cow-igo");

export const igoRegistryTypes = ownedDataSetResolver(IgoRegistry, ["cow-igo"], {
  rowCount: (db: Db) => statement(db, "SELECT count(*) FROM igo_year").pluck().get() as number,
  latestRecordDate: (db: Db) => {
    const latest = statement(db, "SELECT max(year) FROM igo_year").pluck().get() as number | null;
    return latest === null ? null : String(latest);
  },
});
