import { loadKnown } from "../../shared/loaders.js";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { UnVotesContext } from "../loaders.js";
import { Country } from "../types/country.js";
import { UnitedNations } from "../types/united-nations.js";

@Resolver(() => UnitedNations)
export class UnitedNationsResolver {
  @Query(() => UnitedNations, { nullable: true, description: "The United Nations: its member states today." })
  unitedNations(@Ctx() context: UnVotesContext): Promise<UnitedNations> {
    return context.loaders.unitedNations.load("all");
  }

  @FieldResolver(() => [Country], { description: "Member states, ordered by code." })
  async members(@Root() un: UnitedNations, @Ctx() context: UnVotesContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, un.memberCodes);
  }
}
