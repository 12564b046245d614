/** The `Country` behind each record that names one by code, always through the batched loader. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CodContext } from "../loaders.js";
import { Country, GoverningCouncilSeat } from "../types/country.js";
import { Founding, Secretariat } from "../types/community-of-democracies.js";

@Resolver(() => GoverningCouncilSeat)
export class GoverningCouncilSeatResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state holding the seat." })
  country(@Root() seat: GoverningCouncilSeat, @Ctx() context: CodContext): Promise<Country | null> {
    return context.loaders.country.load(seat.countryCode);
  }
}

@Resolver(() => Secretariat)
export class SecretariatResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The host country." })
  country(@Root() secretariat: Secretariat, @Ctx() context: CodContext): Promise<Country | null> {
    return context.loaders.country.load(secretariat.countryCode);
  }
}

@Resolver(() => Founding)
export class FoundingResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The country that hosted the founding conference." })
  host(@Root() founding: Founding, @Ctx() context: CodContext): Promise<Country | null> {
    return context.loaders.country.load(founding.countryCode);
  }
}
