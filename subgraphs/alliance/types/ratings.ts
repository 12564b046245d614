/** Ratings from established research and the eligibility assessed from them. */
import { ObjectType, Field, Int, Float } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { ownedDataSetResolver } from "../../shared/datasets/dataset-resolvers.js";
import { ownedDataSetTypes, catalogueFields } from "../../shared/datasets/dataset-types.js";
import { statement } from "../../shared/statements.js";
import type { Db } from "../../shared/store.js";
import { FreedomStatus, Regime, RatingSource, EligibilityPolicy, AodMembershipStatus } from "./enums.js";

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

@ObjectType({ description: 'A Freedom House "Freedom in the World" rating for one year.' })
export class FreedomRating {
  @Field(() => Int, { description: "The year rated." })
  year!: number;

  @Field(() => FreedomStatus, { description: "Free, Partly Free or Not Free." })
  status!: FreedomStatus;

  @Field(() => Int, { description: "Political rights, 1 (most free) to 7 (least free)." })
  politicalRights!: number;

  @Field(() => Int, { description: "Civil liberties, 1 (most free) to 7 (least free)." })
  civilLiberties!: number;
}

@ObjectType({ description: "A V-Dem Regimes of the World classification for one year." })
export class RegimeRating {
  @Field(() => Int, { description: "The year classified." })
  year!: number;

  @Field(() => Regime, { description: "The regime type." })
  regime!: Regime;

  @Field(() => Int, { description: "The regime on V-Dem's scale: 0 closed autocracy, 1 electoral autocracy, 2 electoral democracy, 3 liberal democracy." })
  score!: number;
}

@ObjectType({ description: "One rating an eligibility assessment rests on." })
export class EligibilityEvidence {
  @Field(() => RatingSource, { description: "The research rating." })
  source!: RatingSource;

  @Field(() => Int, { description: "Year of the rating." })
  year!: number;

  @Field(() => FreedomStatus, { nullable: true, description: "Freedom House status; null for V-Dem." })
  freedomStatus!: FreedomStatus | null;

  @Field(() => Int, { nullable: true, description: "Freedom House political rights (1–7); null for V-Dem." })
  politicalRights!: number | null;

  @Field(() => Int, { nullable: true, description: "Freedom House civil liberties (1–7); null for V-Dem." })
  civilLiberties!: number | null;

  @Field(() => Regime, { nullable: true, description: "V-Dem regime type; null for Freedom House." })
  regime!: Regime | null;

  @Field(() => Boolean, { description: "Whether this rating meets the policy on its own." })
  meetsPolicy!: boolean;
}

@ObjectType({ description: "Whether a state may join the Alliance under a policy, and the evidence behind the answer." })
export class Eligibility {
  @Field(() => Boolean, {
    nullable: true,
    description: "Eligible or not; null when the sources have no rating for the state (and year): unknown, never guessed.",
  })
  eligible!: boolean | null;

  @Field(() => [RatingSource], { description: "The research the policy rests on." })
  sources!: RatingSource[];

  @Field(() => FreedomStatus, {
    nullable: true,
    description: "The Freedom House status used; null when the policy does not use Freedom House or it has no rating.",
  })
  freedomStatus!: FreedomStatus | null;

  @Field(() => Regime, { nullable: true, description: "The V-Dem regime type used; null when the policy does not use V-Dem or it has no rating." })
  regime!: Regime | null;

  @Field(() => Int, { nullable: true, description: "The year of the rating used (the latest year rated when no year was asked)." })
  year!: number | null;

  @Field(() => EligibilityPolicy, { description: "The policy applied." })
  policy!: EligibilityPolicy;

  @Field(() => [EligibilityEvidence], { description: "The ratings behind the answer." })
  evidence!: EligibilityEvidence[];

  @Field(() => [DataSet], { description: "The data this answer was computed from, with when it was imported." })
  computedFrom!: object[];
}

@ObjectType({ description: "A member or applicant whose ratings worsened over the watch window (principle 6a)." })
export class BackslidingFlag {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => AodMembershipStatus, { description: "Its standing: APPLICANT, MEMBER or SUSPENDED." })
  membershipStatus!: AodMembershipStatus;

  @Field(() => [String], { description: "What worsened, e.g. `status Free → Partly Free (2018 → 2023)`." })
  reasons!: string[];

  @Field(() => Float, { description: "Worsening in rating points: political rights plus civil liberties, end minus start of the window." })
  worsening!: number;

  @Field(() => [FreedomRating], { description: "The Freedom House series over the window." })
  series!: FreedomRating[];
}

export const BackslidingFlagConnection = createConnectionType("BackslidingFlag", BackslidingFlag, "Backsliding flags, most worsened first.");
