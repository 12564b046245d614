import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "../roll-calls.js";
import { Country } from "../types/Country.js";
import { RollCall } from "../types/RollCall.js";
import { Vote } from "../types/Vote.js";

@Resolver(() => Vote)
export class VoteResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state that voted." })
  country(@Root() vote: Vote, @Ctx() context: UnVotesContext): Country | null {
    return context.voter(vote.countryCode);
  }

  @FieldResolver(() => RollCall, { description: "The roll call voted in." })
  rollCall(@Root() vote: Vote, @Ctx() context: UnVotesContext): RollCall {
    return toRollCall(context.votes(), vote.row);
  }
}
