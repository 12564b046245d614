import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Activity, ActivityKind } from "../../shared/types/Activity.js";
import type { AllianceContext } from "../loaders.js";
import { Role } from "../types/enums.js";

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Activity, { description: "Records an activity or planned structure of the Alliance, so overlaps with existing bodies can be checked." })
  recordActivity(
    @Arg("kind", () => ActivityKind, { description: "What kind of activity." }) kind: ActivityKind,
    @Arg("title", () => String, { description: "Title." }) title: string,
    @Arg("description", () => String, { nullable: true, description: "Description." }) description: string | null,
    @Arg("topics", () => [String], { description: "Topics (stored lower case)." }) topics: string[],
    @Arg("participants", () => [String], { defaultValue: [], description: "Alpha-3 codes of participating countries." }) participants: string[],
    @Arg("startDate", () => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD." }) startDate: string | null,
    @Arg("endDate", () => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD." }) endDate: string | null,
    @Arg("sourceTitle", () => String, { description: "Where it is documented." }) sourceTitle: string,
    @Arg("sourceUrl", () => String, { nullable: true, description: "Address of the source." }) sourceUrl: string | null,
    @Ctx() context: AllianceContext,
  ): Activity {
    const id = context.commands.recordActivity(context.actor!, { kind, title, description, topics, participants, startDate, endDate, sourceTitle, sourceUrl });
    return context.commands.activity(id)!;
  }
}
