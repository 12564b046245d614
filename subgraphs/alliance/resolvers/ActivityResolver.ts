import { Arg, Ctx, Resolver } from "type-graphql";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import type { AllianceContext } from "../loaders.js";
import { Activity, RecordActivityInput, ActivityPayload } from "../types/bodies.js";
import { Role } from "../types/enums.js";

@Resolver(() => Activity)
export class ActivityResolver {
  @RoleMutation(
    [Role.SECRETARIAT],
    () => ActivityPayload,
    "Records an activity or planned structure of the Alliance, so overlaps with existing bodies can be checked.",
  )
  recordActivity(
    @Arg("input", () => RecordActivityInput, { description: "The fields of the record; see the input type." }) input: RecordActivityInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("activity", () => context.commands.activities.find(context.commands.activities.record(context.actor!, input))!);
  }
}
