/** The UN Democracy Caucus: its membership and recorded changes. */
import { GraphQLDate } from "graphql-scalars";
import { ObjectType, Field, ID, Directive, InputType } from "type-graphql";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { Body } from "./bodies.js";
import { COUNTRY_CODE, GROUNDS, DECIDED_ON } from "./descriptions.js";
import { CaucusChangeKind } from "./enums.js";

@ObjectType({ description: "A recorded change to the caucus beyond the Alliance's own members." })
export class CaucusChange {
  @Field(() => ID, { description: "Change id." })
  id!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => CaucusChangeKind, { description: "Added or removed." })
  change!: CaucusChangeKind;

  @Field(() => GraphQLDate, { description: "Day decided." })
  decidedOn!: string;

  @Field(() => String, { description: "Grounds given." })
  grounds!: string;

  @Field(() => String, {
    description:
      "Who recorded it: for the secretariat, the recorder's token subject (as in the audit log); for everyone else, the recorder's role (`secretariat`, `delegate of CAN`).",
  })
  recordedBy!: string;

  /** The recorder's role as others see it; null for a row whose recorder's role was not logged. */
  recorderLabel!: string | null;
}

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description:
    "The revived UN Democracy Caucus (principle 10): by default the Alliance's members, with additions and removals recorded. " +
    "The un-votes subgraph analyses how it votes in the General Assembly.",
})
export class UnDemocracyCaucus {
  @Field(() => ID, { description: "Stable id of the body: `un-democracy-caucus`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "The caucus's name." })
  name!: string;
}

@InputType({ description: "A state joining or leaving the UN Democracy Caucus beyond the Alliance's own members." })
export class RecordCaucusChangeInput {
  @Field(() => String, { description: COUNTRY_CODE })
  countryCode!: string;

  @Field(() => CaucusChangeKind, { description: "ADD or REMOVE." })
  change!: CaucusChangeKind;

  @Field(() => String, { description: GROUNDS })
  grounds!: string;

  @Field(() => GraphQLDate, { nullable: true, description: DECIDED_ON })
  decidedOn?: Date | null;
}

export const CaucusChangePayload = createPayloadType("CaucusChangePayload", "caucusChange", CaucusChange, "The caucus change recorded, or why it was refused.");
