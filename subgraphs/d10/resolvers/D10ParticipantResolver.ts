import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { D10Context } from "../loaders.js";
import { Country } from "../types/country.js";
import { D10Participant } from "../types/d10.js";

@Resolver(() => D10Participant)
export class D10ParticipantResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The participant's country; null for a union of states such as the EU." })
  country(@Root() participant: D10Participant, @Ctx() context: D10Context): Promise<Country | null> | null {
    return participant.countryCode ? context.loaders.country.load(participant.countryCode) : null;
  }
}
