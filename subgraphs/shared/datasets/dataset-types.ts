/**
 * The `DataSet` interface: where a data set came from, when it was imported, how many rows it
 * holds and the date of its latest record. Each owner (un-votes, alliance, overlaps) serves its
 * own type in full; `Query.dataSets` lists them all from the community-of-democracies subgraph,
 * which owns none, as references the gateway completes from the owners (the pattern of `Body`).
 */
import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import { PartialDate } from "../scalars/PartialDate.js";
import { DATA_SETS, resolveDataSetType, type DataSetName } from "./catalogue.js";

export const DATA_SET_FIELD_DESCRIPTIONS = {
  importedFrom: "Where this hub's copy was imported from: the bundled snapshot, a URL, or a local file; null before the first import.",
  importedAt: "When the last import finished; null before the first import.",
  rowCount: "Rows the store holds now (see each type for what a row is).",
  latestRecordDate: "The date of its latest record, as precise as the data (a day for votes, a year for ratings); null while empty.",
  importInProgress:
    "True while the service that owns it is importing it (on first start, a refresh, or `npm run import` in that process): answers computed from it meanwhile come from the data held before the import.",
} as const;

export const DATA_SET_DESCRIPTION =
  "A public data set the hub imports: what it is, where this hub's copy came from, when it was imported, how many rows it holds and the date of its latest record.";

/**
 * The interface as a subgraph that owns a data set declares it (every field), with that subgraph's
 * own type. Made per subgraph: type-graphql puts every implementation of an interface class it
 * builds into the schema, so a class shared by the owners would put each owner's type in all three.
 */
export function ownedDataSetTypes(typeName: string, description: string) {
  @InterfaceType("DataSet", { description: DATA_SET_DESCRIPTION, resolveType: resolveDataSetType })
  abstract class DataSet {
    @Field(() => ID, {
      description: "`unvotes`, `un-resolutions`, `freedomhouse`, `vdem`, `cow-igo`, `manyios`, `eu-members`, `us-commitments` or `canada-ogp`.",
    })
    name!: string;

    @Field(() => String, { nullable: true, description: "What it is." })
    title!: string | null;

    @Field(() => String, { nullable: true, description: "Who publishes the files the hub reads." })
    publishedBy!: string | null;

    @Field(() => String, { nullable: true, description: "Its licence or terms." })
    licence!: string | null;

    @Field(() => String, { nullable: true, description: "How to cite it." })
    citation!: string | null;

    @Field(() => String, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.importedFrom })
    importedFrom!: string | null;

    @Field(() => GraphQLDateTime, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.importedAt })
    importedAt!: string | null;

    @Field(() => Int, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.rowCount })
    rowCount!: number | null;

    @Field(() => PartialDate, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.latestRecordDate })
    latestRecordDate!: string | null;

    @Field(() => Boolean, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.importInProgress })
    importInProgress!: boolean | null;
  }

  @Directive(`@key(fields: "name")`)
  @ObjectType(typeName, { implements: DataSet, description })
  class OwnedDataSet extends DataSet {}

  return { DataSet, Type: OwnedDataSet as unknown as ClassType };
}

/** A reference to a data set: `{ name }`, completed by its owner. */
export type DataSetReference = { name: DataSetName };

/** The catalogue fields of a data set, for its owner's resolvers. */
export function catalogueFields(name: DataSetName) {
  const { title, publishedBy, licence, citation } = DATA_SETS[name];
  return { name, title, publishedBy, licence, citation };
}

/** The interface as a subgraph that owns none declares it: the key alone. */
@InterfaceType("DataSet", { resolveType: resolveDataSetType })
export abstract class DataSetRef {
  @Field(() => ID)
  name!: string;
}

/** A data set type another subgraph owns, as a reference (for `Query.dataSets` where it is listed). */
export function dataSetReferenceType(typeName: string): ClassType {
  @Directive(`@key(fields: "name", resolvable: false)`)
  @ObjectType(typeName, { implements: DataSetRef })
  class DataSetReferenceType {
    @Field(() => ID)
    name!: string;
  }
  return DataSetReferenceType;
}

/** One reference type per data set type, for the subgraphs that list data sets they do not own. */
export const DATA_SET_REFERENCE_TYPES = [...new Set(Object.values(DATA_SETS).map((dataSet) => dataSet.typeName))].map(dataSetReferenceType);
