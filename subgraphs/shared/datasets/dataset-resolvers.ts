/**
 * Resolvers for the data sets: the owner's type, answered from its store, and the list that the
 * subgraphs owning none serve (`Query.dataSets`, `Query.dataSet`).
 */
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, type ClassType } from "type-graphql";
import { PartialDate } from "../scalars/PartialDate.js";
import type { Db } from "../store.js";
import { DATA_SET_NAMES, isDataSetName, type DataSetName } from "./catalogue.js";
import { catalogueFields, DATA_SET_FIELD_DESCRIPTIONS, DataSetRef, type DataSetReference } from "./dataset-types.js";
import { lastImport } from "./import-log.js";

/** What only the store can say, each read only when asked for: rows held now and the date of the latest record. */
export type DataSetFacts = { rowCount: (db: Db, name: DataSetName) => number; latestRecordDate: (db: Db, name: DataSetName) => string | null };

/** What an owner's context carries for its data sets: the store they are in, and which of them this service is importing now. */
export type DataSetContext = { dataSetStore: Db; dataSetsImporting: () => ReadonlySet<string> };

/**
 * The owner's data set type: the catalogue (on the object), the import log, and what the store
 * holds (`facts`, one query per field, so a client asking only for the source reads no table).
 * `names` are the data sets this subgraph owns.
 */
export function ownedDataSetResolver(Type: ClassType, names: readonly DataSetName[], facts: DataSetFacts) {
  @Resolver(() => Type)
  class OwnedDataSetResolver {
    @FieldResolver(() => String, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.importedFrom })
    importedFrom(@Root() dataSet: DataSetReference, @Ctx() context: DataSetContext): string | null {
      return lastImport(context.dataSetStore, dataSet.name)?.source ?? null;
    }

    @FieldResolver(() => GraphQLDateTime, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.importedAt })
    importedAt(@Root() dataSet: DataSetReference, @Ctx() context: DataSetContext): string | null {
      return lastImport(context.dataSetStore, dataSet.name)?.imported_at ?? null;
    }

    @FieldResolver(() => Int, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.rowCount })
    rowCount(@Root() dataSet: DataSetReference, @Ctx() context: DataSetContext): number {
      return facts.rowCount(context.dataSetStore, dataSet.name);
    }

    @FieldResolver(() => Boolean, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.importInProgress })
    importInProgress(@Root() dataSet: DataSetReference, @Ctx() context: DataSetContext): boolean {
      return context.dataSetsImporting().has(dataSet.name);
    }

    @FieldResolver(() => PartialDate, { nullable: true, description: DATA_SET_FIELD_DESCRIPTIONS.latestRecordDate })
    latestRecordDate(@Root() dataSet: DataSetReference, @Ctx() context: DataSetContext): string | null {
      return facts.latestRecordDate(context.dataSetStore, dataSet.name);
    }
  }
  const reference = {
    __resolveReference: (ref: { name?: unknown }) =>
      typeof ref.name === "string" && (names as readonly string[]).includes(ref.name) ? catalogueFields(ref.name as DataSetName) : null,
  };
  return { resolver: OwnedDataSetResolver, reference };
}

/**
 * `Query.dataSets` and `Query.dataSet(name)`, served by one subgraph only. Served by two (as
 * @shareable), a query with two such fields and type conditions took Apollo's planner seconds
 * instead of milliseconds: every combination of starting points and owners is a plan to weigh.
 */
@Resolver()
export class DataSetQueries {
  @Query(() => [DataSetRef], { nullable: true, description: "Every public data set the hub imports, with where and when its copy came from." })
  dataSets(): DataSetReference[] {
    return DATA_SET_NAMES.map((name) => ({ name }));
  }

  @Query(() => DataSetRef, { nullable: true, description: "One data set by name; null when the hub imports none of that name." })
  dataSet(
    @Arg("name", () => ID, {
      description: "`unvotes`, `un-resolutions`, `freedomhouse`, `vdem`, `cow-igo`, `manyios`, `eu-members`, `us-commitments` or `canada-ogp`.",
    })
    name: string,
  ): DataSetReference | null {
    return isDataSetName(name) ? { name } : null;
  }
}
