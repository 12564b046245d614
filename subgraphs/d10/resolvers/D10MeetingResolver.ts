import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { D10Context } from "../loaders.js";
import { Country } from "../types/country.js";
import { D10Meeting } from "../types/d10.js";

@Resolver(() => D10Meeting)
export class D10MeetingResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The host country; null for a virtual meeting." })
  host(@Root() meeting: D10Meeting, @Ctx() context: D10Context): Promise<Country | null> | null {
    return meeting.hostCode ? context.loaders.country.load(meeting.hostCode) : null;
  }
}
