import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { catalogueFields, ownedDataSetTypes } from "../../shared/datasets/dataset-types.js";
import type { DataSetName } from "../../shared/datasets/catalogue.js";
import type { Db } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";

/** The General Assembly's voting record as this subgraph holds it: a row is a vote cast. */
export const { DataSet, Type: VotingRecord } = ownedDataSetTypes(
  "VotingRecord",
  "A source of the General Assembly's recorded votes (`unvotes`: the Voeten record; `un-resolutions`: the UN's resolution files): a row is a vote " +
    "the hub holds from it (a roll call both record keeps the Voeten votes); the latest record is the last roll call's day it records.",
);

/** Both sources, as every analysis over the one record is computed from them. */
export const VOTING_RECORD = [catalogueFields("unvotes"), catalogueFields("un-resolutions")];

/** Which roll calls each data set accounts for: the ones whose votes came from it, and (for the latest record) those the UN's files record too. */
const VOTES_FROM: Record<string, string> = { unvotes: "source IN ('unvotes', 'undl')", "un-resolutions": "source = 'un-resolutions'" };
const RECORDED_BY: Record<string, string> = { unvotes: VOTES_FROM.unvotes, "un-resolutions": "(source = 'un-resolutions' OR in_un_resolutions = 1)" };

export const votingRecordTypes = ownedDataSetResolver(VotingRecord, ["unvotes", "un-resolutions"], {
  rowCount: (db: Db, name: DataSetName) =>
    statement(db, `SELECT count(*) FROM vote WHERE rcid IN (SELECT rcid FROM roll_call WHERE ${VOTES_FROM[name]})`).pluck().get() as number,
  latestRecordDate: (db: Db, name: DataSetName) =>
    (statement(db, `SELECT max(date) FROM roll_call WHERE ${RECORDED_BY[name]}`).pluck().get() as string | null) ?? null,
});
