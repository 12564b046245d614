import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import type { AllianceContext } from "../loaders.js";
import { toDecision, visibleRecorder } from "./mappers.js";
import { Country } from "../types/country.js";
import { Role } from "../types/enums.js";
import { AdmitMemberInput, MembershipDecisionInput, MembershipDecision, MembershipDecisionPayload } from "../types/membership.js";

type Action = "apply" | "admit" | "suspend" | "withdraw";

function decide(context: AllianceContext, action: Action, input: MembershipDecisionInput & Partial<AdmitMemberInput>) {
  return attempt("decision", () => toDecision(context.commands.membership.decide(context.actor!, { action, ...input })));
}

@Resolver(() => MembershipDecision)
export class MembershipResolver {
  @FieldResolver(() => String)
  recordedBy(@Root() decision: MembershipDecision, @Ctx() context: AllianceContext): string {
    return visibleRecorder(decision, context.actor);
  }

  @RoleMutation(
    [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE],
    () => MembershipDecisionPayload,
    "Records a state's application (by its own delegate or the secretariat), with its eligibility at the time.",
  )
  applyForMembership(
    @Arg("input", () => MembershipDecisionInput, { description: "The fields of the record; see the input type." }) input: MembershipDecisionInput,
    @Ctx() context: AllianceContext,
  ) {
    return decide(context, "apply", input);
  }

  @RoleMutation(
    [Role.SECRETARIAT],
    () => MembershipDecisionPayload,
    "Admits an applicant. Refused (user error NOT_ELIGIBLE) when the state is not eligible, or has no rating, under the policy, unless an overrideReason is given; it is recorded.",
  )
  admitMember(
    @Arg("input", () => AdmitMemberInput, { description: "The fields of the record; see the input type." }) input: AdmitMemberInput,
    @Ctx() context: AllianceContext,
  ) {
    return decide(context, "admit", input);
  }

  @RoleMutation([Role.SECRETARIAT], () => MembershipDecisionPayload, "Suspends a member.")
  suspendMember(
    @Arg("input", () => MembershipDecisionInput, { description: "The fields of the record; see the input type." }) input: MembershipDecisionInput,
    @Ctx() context: AllianceContext,
  ) {
    return decide(context, "suspend", input);
  }

  @RoleMutation(
    [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE],
    () => MembershipDecisionPayload,
    "Records a withdrawal (by the state's own delegate or the secretariat).",
  )
  withdrawMembership(
    @Arg("input", () => MembershipDecisionInput, { description: "The fields of the record; see the input type." }) input: MembershipDecisionInput,
    @Ctx() context: AllianceContext,
  ) {
    return decide(context, "withdraw", input);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state decided on." })
  country(@Root() decision: MembershipDecision, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(decision.countryCode);
  }
}
