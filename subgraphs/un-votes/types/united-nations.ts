/** The United Nations as the un-votes subgraph holds it: membership, the record's coverage and its data set. */
import { GraphQLDate } from "graphql-scalars";
import { ObjectType, Field, Int } from "type-graphql";
import type { DataSetName } from "../../shared/datasets/catalogue.js";
import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { ownedDataSetTypes, catalogueFields } from "../../shared/datasets/dataset-types.js";
import { statement } from "../../shared/statements.js";
import type { Db } from "../../shared/store.js";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({
  description:
    "What the record behind an answer covers, so that an empty answer is never mistaken for a quiet period: its first and latest roll call, whether an import is running, and whether the period asked about lies after the latest record.",
})
export class RecordCoverage {
  @Field(() => GraphQLDate, { nullable: true, description: "Day of the first roll call held; null while none is." })
  firstRecordDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Day of the latest roll call held; null while none is." })
  latestRecordDate!: string | null;

  @Field(() => Int, { nullable: true, description: "Session of the latest roll call held." })
  latestSession!: number | null;

  @Field(() => Boolean, {
    description:
      "True while this hub imports General Assembly votes: the answer then comes from the record as it stood before the import (at first start, none or part of it).",
  })
  importInProgress!: boolean;

  @Field(() => Boolean, { description: "True when the session or period asked about begins after the latest roll call held: nothing there is recorded yet." })
  afterLatestRecord!: boolean;

  @Field(() => String, { nullable: true, description: "The above in a sentence for a reader, when there is something to say; null otherwise." })
  note!: string | null;
}

@ObjectType({ description: "How much of the General Assembly record the hub holds." })
export class UnVotesStats {
  @Field(() => Int, { name: "rollCallCount", description: "Roll calls." })
  rollCalls!: number;

  @Field(() => Int, { name: "voteCount", description: "Votes cast (yes, no or abstain); absences are not votes." })
  votes!: number;

  @Field(() => Int, { name: "issueTagCount", description: "Issue tags on roll calls." })
  issueTags!: number;

  @Field(() => Int, { name: "countryCount", description: "Countries (historical states each under their own code) with at least one vote." })
  countries!: number;
}

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

@ObjectType({ description: "The United Nations as seen by the hub: its member states. Roll-call votes of the General Assembly come with the votes import." })
export class UnitedNations {
  @Field(() => Int, { description: "Number of member states today." })
  memberCount!: number;

  /** Codes of the member states; resolved to countries by the field resolver. */
  memberCodes!: string[];

  @Field(() => SourceRef, { description: "Where the membership list comes from." })
  source!: SourceRef;
}
