import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "./mappers.js";
import { RollCall, Vote } from "../types/roll-calls.js";

@Resolver(() => Vote)
export class VoteResolver {
  @FieldResolver(() => RollCall, { description: "The roll call voted in." })
  rollCall(@Root() vote: Vote, @Ctx() context: UnVotesContext): RollCall {
    return toRollCall(context.votes(), vote.row);
  }
}
