/** Ratings from established research and the eligibility assessed from them. */
import { Field, Float, Int, ObjectType } from "type-graphql";
import { EligibilityPolicy, FreedomStatus } from "./enums.js";

@ObjectType({ description: "A Freedom House \"Freedom in the World\" rating for one year." })
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

  @Field(() => Int, { description: "0 closed autocracy, 1 electoral autocracy, 2 electoral democracy, 3 liberal democracy." })
  regime!: number;

  @Field(() => String, { description: "The regime type in words." })
  regimeType!: string;
}

@ObjectType({ description: "One rating an eligibility assessment rests on." })
export class EligibilityEvidence {
  @Field(() => String, { description: "`Freedom House` or `V-Dem`." })
  source!: string;

  @Field(() => Int, { description: "Year of the rating." })
  year!: number;

  @Field(() => String, { description: "The rating in words, e.g. `Partly Free` or `electoral democracy`." })
  rating!: string;

  @Field(() => Int, { nullable: true, description: "Freedom House political rights (1–7); null for V-Dem." })
  politicalRights!: number | null;

  @Field(() => Int, { nullable: true, description: "Freedom House civil liberties (1–7); null for V-Dem." })
  civilLiberties!: number | null;

  @Field(() => Int, { nullable: true, description: "V-Dem regime (0–3); null for Freedom House." })
  regime!: number | null;

  @Field(() => Boolean, { description: "Whether this rating meets the policy on its own." })
  meetsPolicy!: boolean;
}

@ObjectType({ description: "Whether a state may join the Alliance under a policy, and the evidence behind the answer." })
export class Eligibility {
  @Field(() => Boolean, { nullable: true, description: "Eligible or not; null when the sources have no rating for the state (and year): unknown, never guessed." })
  eligible!: boolean | null;

  @Field(() => String, { nullable: true, description: "The rating used, e.g. `Free`; null when unknown." })
  status!: string | null;

  @Field(() => String, { description: "The research the answer rests on." })
  source!: string;

  @Field(() => Int, { nullable: true, description: "The year of the rating used (the latest year rated when no year was asked)." })
  year!: number | null;

  @Field(() => EligibilityPolicy, { description: "The policy applied." })
  policy!: EligibilityPolicy;

  @Field(() => [EligibilityEvidence], { description: "The ratings behind the answer." })
  evidence!: EligibilityEvidence[];
}

@ObjectType({ description: "A member or applicant whose ratings worsened over the watch window (principle 6a)." })
export class BackslidingFlag {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => String, { description: "Its standing: APPLICANT, MEMBER or SUSPENDED." })
  standing!: string;

  @Field(() => [String], { description: "What worsened, e.g. `status Free → Partly Free (2018 → 2023)`." })
  reasons!: string[];

  @Field(() => Float, { description: "Worsening in rating points: political rights plus civil liberties, end minus start of the window." })
  worsening!: number;

  @Field(() => [FreedomRating], { description: "The Freedom House series over the window." })
  series!: FreedomRating[];
}
