/** A country's memberships of the registry's organisations, year by year. */
import { ObjectType, Field, Int } from "type-graphql";
import { BodyRef } from "./bodies.js";
import { MemberLevel } from "./enums.js";

@ObjectType({ description: "Consecutive years a source lists a state as a member of a body." })
export class YearRun {
  @Field(() => Int, { description: "The first year of the run." })
  firstYear!: number;

  @Field(() => Int, { description: "The last year of the run (the source's last year when it is still a member there)." })
  lastYear!: number;
}

@ObjectType({ description: "A body a state belongs to, at one level, with the years its source records." })
export class CountryMembership {
  @Field(() => BodyRef, { description: "The body." })
  body!: { id: string };

  @Field(() => MemberLevel, { description: "Full member, associate or observer (the registry's levels; other bodies have full members only)." })
  level!: MemberLevel;

  @Field(() => [YearRun], {
    nullable: true,
    description: "The years recorded, as runs of consecutive years, oldest first; null for a hub body, whose members are today's and not dated.",
  })
  years!: YearRun[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The last year the body's source records it in (2014 for a registry IGO still alive then): a run ending there may go on since. Null for a hub body.",
  })
  lastRecordedYear!: number | null;
}
