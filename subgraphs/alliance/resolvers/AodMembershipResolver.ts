import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import { AodMembership } from "../types/membership.js";
import { Country } from "../types/country.js";

@Resolver(() => AodMembership)
export class AodMembershipResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state this standing belongs to." })
  country(@Root() membership: AodMembership, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(membership.countryCode);
  }
}
