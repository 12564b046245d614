/** The D-10: its participants, meetings and associated bodies. */
import { ObjectType, Field, ID, Int, Directive } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";
import { Body } from "./bodies.js";
import { D10ParticipantKind, D10Role } from "./enums.js";

@ObjectType({ description: "A state or union of states taking part in the D-10 Strategy Forum." })
export class D10Participant {
  @Field(() => ID, { description: "Stable id: the country code for a state, `EU` for the European Union." })
  id!: string;

  @Field(() => String, { description: "Name of the participant." })
  name!: string;

  @Field(() => D10ParticipantKind, { description: "Whether the participant is a state or a union of states." })
  kind!: D10ParticipantKind;

  @Field(() => D10Role, { description: "Participant or observer." })
  role!: D10Role;

  /** Resolved by the Country field resolver from this code. */
  countryCode!: string | null;

  @Field(() => SourceRef, { description: "Where this participation is recorded." })
  source!: SourceRef;
}

@ObjectType({ description: "A meeting of the D-10 Strategy Forum." })
export class D10Meeting {
  @Field(() => ID, { description: "Stable id, e.g. `2016-tokyo`." })
  id!: string;

  @Field(() => Int, { description: "Year the meeting took place." })
  year!: number;

  @Field(() => String, { nullable: true, description: "City where it met; null for a virtual meeting." })
  city!: string | null;

  @Field(() => Boolean, { description: "True when the meeting was held online." })
  virtual!: boolean;

  /** Resolved by the host field resolver from this code. */
  hostCode!: string | null;

  @Field(() => SourceRef, { description: "Where this meeting is recorded." })
  source!: SourceRef;
}

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description: "A structure beside the D-10 whose activities the hub compares with: the G7 (its Rapid Response Mechanism) and the Summit for Democracy.",
})
export class AssociatedBody {
  @Field(() => ID, { description: "Stable id: `g7` or `summit-for-democracy`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Its name." })
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: "Alpha-3 codes of its member states, ordered by code; empty where the source lists none (the Summit's invitees are not recorded).",
  })
  memberCodes!: string[];

  @Field(() => SourceRef, { nullable: true, description: "Where its membership is recorded." })
  source!: SourceRef;
}

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description: "The D-10 Strategy Forum, convened by the Atlantic Council: leading democracies coordinating strategy. " + "Its lists are resolved on demand.",
})
export class D10 {
  @Field(() => ID, { description: "Stable id of the forum as a body: `d10`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name of the forum." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The organisation that convenes it." })
  convener!: string;
}
