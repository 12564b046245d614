import { Field, ID, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";
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
