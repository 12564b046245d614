import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { D10Context } from "../loaders.js";
import { Country } from "../types/country.js";
import { D10Meeting } from "../types/d10.js";

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [D10Meeting], { nullable: true, description: "D-10 Strategy Forum meetings this country hosted." })
  d10MeetingsHosted(@Root() country: Country, @Ctx() context: D10Context): Promise<D10Meeting[]> {
    return context.loaders.meetingsByHost.load(country.code);
  }
}
