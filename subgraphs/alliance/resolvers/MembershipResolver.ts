import { GraphQLDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import { toDecision } from "../mappers.js";
import { Country } from "../types/Country.js";
import { EligibilityPolicy, Role } from "../types/enums.js";
import { MembershipDecision } from "../types/MembershipDecision.js";

const country = () => Arg("country", () => String, { description: "Alpha-3 code of the state." });
const grounds = () => Arg("grounds", () => String, { description: "The grounds of the decision (kept on the record)." });
const decidedOn = () => Arg("decidedOn", () => GraphQLDate, { nullable: true, description: "Day of the decision; today when omitted." });

@Resolver(() => MembershipDecision)
export class MembershipResolver {
  @Authorized(Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE)
  @Mutation(() => MembershipDecision, { description: "Records a state's application (by its own delegate or the secretariat), with its eligibility at the time." })
  applyForMembership(@country() code: string, @grounds() why: string, @decidedOn() on: Date | null, @Ctx() context: AllianceContext): MembershipDecision {
    return toDecision(context.commands.decide(context.actor!, { action: "apply", country: code, grounds: why, decidedOn: on }));
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => MembershipDecision, {
    description: "Admits an applicant. Refused (NOT_ELIGIBLE) when the state is not eligible, or has no rating, under the policy, unless an overrideReason is given; it is recorded.",
  })
  admitMember(
    @country() code: string,
    @grounds() why: string,
    @decidedOn() on: Date | null,
    @Arg("policy", () => EligibilityPolicy, { nullable: true, description: "The policy to assess by; the one in force when omitted." }) policy: EligibilityPolicy | null,
    @Arg("overrideReason", () => String, { nullable: true, description: "Why an ineligible state is admitted anyway." }) overrideReason: string | null,
    @Ctx() context: AllianceContext,
  ): MembershipDecision {
    return toDecision(context.commands.decide(context.actor!, { action: "admit", country: code, grounds: why, decidedOn: on, policy, overrideReason }));
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => MembershipDecision, { description: "Suspends a member." })
  suspendMember(@country() code: string, @grounds() why: string, @decidedOn() on: Date | null, @Ctx() context: AllianceContext): MembershipDecision {
    return toDecision(context.commands.decide(context.actor!, { action: "suspend", country: code, grounds: why, decidedOn: on }));
  }

  @Authorized(Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE)
  @Mutation(() => MembershipDecision, { description: "Records a withdrawal (by the state's own delegate or the secretariat)." })
  withdrawMembership(@country() code: string, @grounds() why: string, @decidedOn() on: Date | null, @Ctx() context: AllianceContext): MembershipDecision {
    return toDecision(context.commands.decide(context.actor!, { action: "withdraw", country: code, grounds: why, decidedOn: on }));
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state decided on." })
  country(@Root() decision: MembershipDecision, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(decision.countryCode);
  }
}
