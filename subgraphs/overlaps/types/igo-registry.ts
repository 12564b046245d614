/** The Correlates of War IGO registry as a data set of the graph. */
import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { ownedDataSetTypes, catalogueFields } from "../../shared/datasets/dataset-types.js";
import { statement } from "../../shared/statements.js";
import type { Db } from "../../shared/store.js";

/** The Correlates of War registry as this subgraph holds it: a row is one IGO in one year. */
export const { DataSet, Type: IgoRegistry } = ownedDataSetTypes(
  "IgoRegistry",
  "A register of bodies or of their activities that the overlaps subgraph holds. `cow-igo`, the Correlates of War registry: a row is one " +
    "organisation in one year, the latest record the registry's last year. `manyios` and `eu-members`: a row is a body or one membership " +
    "spell, the latest record the latest date a spell starts or ends. `us-commitments` and `canada-ogp`: a row is a commitment, the latest " +
    "record the latest source date.",
);

export const IGO_REGISTRY = catalogueFields("cow-igo");

/** The overlaps subgraph's data sets beside the registry: structures and commitments. */
export const STRUCTURE_DATA_SETS = ["manyios", "eu-members", "us-commitments", "canada-ogp"] as const;

function structureRows(db: Db, name: string): number {
  return statement(
    db,
    "SELECT (SELECT count(*) FROM structure WHERE data_set = @name) + (SELECT count(*) FROM structure_member WHERE structure_id IN (SELECT id FROM structure WHERE data_set = @name)) + (SELECT count(*) FROM commitment WHERE data_set = @name)",
  )
    .pluck()
    .get({ name }) as number;
}

/** Commitments: the latest source date; structures: the latest date a body or a spell starts or ends. */
function structureLatest(db: Db, name: string): string | null {
  const commitments = statement(db, "SELECT max(source_date) FROM commitment WHERE data_set = ?").pluck().get(name) as string | null;
  if (commitments !== null) return commitments;
  return statement(
    db,
    `SELECT max(d) FROM (
       SELECT max(coalesce(ended, began)) AS d FROM structure WHERE data_set = @name
       UNION ALL SELECT max(coalesce(ended, nullif(began, ''))) FROM structure_member WHERE structure_id IN (SELECT id FROM structure WHERE data_set = @name))`,
  )
    .pluck()
    .get({ name }) as string | null;
}

export const igoRegistryTypes = ownedDataSetResolver(IgoRegistry, ["cow-igo", ...STRUCTURE_DATA_SETS], {
  rowCount: (db: Db, name) => (name === "cow-igo" ? (statement(db, "SELECT count(*) FROM igo_year").pluck().get() as number) : structureRows(db, name)),
  latestRecordDate: (db: Db, name) => {
    if (name !== "cow-igo") return structureLatest(db, name);
    const latest = statement(db, "SELECT max(year) FROM igo_year").pluck().get() as number | null;
    return latest === null ? null : String(latest);
  },
});
