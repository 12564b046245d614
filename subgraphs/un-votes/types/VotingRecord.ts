import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { catalogueFields, ownedDataSetTypes } from "../../shared/datasets/dataset-types.js";
import type { Db } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";

/** The General Assembly's voting record as this subgraph holds it: a row is a vote cast. */
export const { DataSet, Type: VotingRecord } = ownedDataSetTypes(
  "VotingRecord",
  "The General Assembly's recorded votes (the `unvotes` data set): a row is a vote cast; the latest record is the last roll call's day.",
);

export const VOTING_RECORD = catalogueFields("unvotes");

export const votingRecordTypes = ownedDataSetResolver(VotingRecord, ["unvotes"], {
  rowCount: (db: Db) => statement(db, "SELECT count(*) FROM vote").pluck().get() as number,
  latestRecordDate: (db: Db) => (statement(db, "SELECT max(date) FROM roll_call").pluck().get() as string | null) ?? null,
});
