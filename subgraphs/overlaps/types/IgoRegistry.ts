import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { catalogueFields, ownedDataSetTypes } from "../../shared/datasets/dataset-types.js";
import type { Db } from "../../shared/store.js";

/** The Correlates of War registry as this subgraph holds it: a row is one IGO in one year. */
export const { DataSet, Type: IgoRegistry } = ownedDataSetTypes(
  "IgoRegistry",
  "The Correlates of War registry of intergovernmental organisations (the `cow-igo` data set): a row is one organisation in one year; the latest record is the registry's last year.",
);

export const IGO_REGISTRY = catalogueFields("cow-igo");

export const igoRegistryTypes = ownedDataSetResolver(IgoRegistry, ["cow-igo"], (db: Db) => {
  const { rows, latest } = db.prepare("SELECT count(*) AS rows, max(year) AS latest FROM igo_year").get() as { rows: number; latest: number | null };
  return { rowCount: rows, latestRecordDate: latest === null ? null : String(latest) };
});
