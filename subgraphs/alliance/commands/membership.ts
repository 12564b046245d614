/** Membership decisions: application → admission → suspension / withdrawal, and readmission after suspension. */
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../platform/errors.js";
import { Role, type Actor } from "../../shared/auth.js";
import { assess, type Assessment, type EligibilityPolicy } from "../rules/eligibility.js";
import type { DecisionRow } from "../records.js";
import type { Recorder, Standing } from "./recorder.js";
import { bad, forbidden, LIMITS, requireCountry, requireDay, requireText } from "./validation.js";

type Status = DecisionRow["status"];

/** Which standings each decision may move a state from. */
const ALLOWED: Record<Status, readonly Standing[]> = {
  APPLICANT: ["NOT_A_MEMBER", "WITHDRAWN"],
  MEMBER: ["APPLICANT", "SUSPENDED"],
  SUSPENDED: ["MEMBER"],
  WITHDRAWN: ["APPLICANT", "MEMBER", "SUSPENDED"],
};

const TARGET: Record<"apply" | "admit" | "suspend" | "withdraw", Status> = { apply: "APPLICANT", admit: "MEMBER", suspend: "SUSPENDED", withdraw: "WITHDRAWN" };

export type DecisionInput = {
  action: "apply" | "admit" | "suspend" | "withdraw";
  countryCode: string;
  grounds: string;
  decidedOn?: Date | null;
  policy?: EligibilityPolicy | null;
  overrideReason?: string | null;
};

export class MembershipCommands {
  constructor(
    private readonly recorder: Recorder,
    readonly defaultPolicy: EligibilityPolicy,
  ) {}

  assessment(code: string, policy: EligibilityPolicy, year: number | null = null): Assessment {
    const records = this.recorder.records;
    return assess(policy, records.freedomRatingsFor([code]), records.regimeRatingsFor([code]), year);
  }

  /** A government acting for its own state, or the secretariat. */
  private actingFor(actor: Actor, code: string): Role {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE]);
    if (role === Role.MEMBER_STATE_DELEGATE && !actor.roles.includes(Role.SECRETARIAT) && actor.country !== code) {
      throw forbidden(`A delegate acts for its own state only: ${actor.id} is a delegate of ${actor.country ?? "no state"}, not ${code}.`);
    }
    return role;
  }

  decide(actor: Actor, input: DecisionInput): DecisionRow {
    const code = requireCountry("countryCode", input.countryCode);
    const grounds = requireText("grounds", input.grounds, LIMITS.grounds);
    const decidedOn = requireDay("decidedOn", input.decidedOn);
    const target = TARGET[input.action];
    const role = input.action === "apply" || input.action === "withdraw" ? this.actingFor(actor, code) : this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const current = this.recorder.currentStatus(code);
    if (!ALLOWED[target].includes(current)) {
      throw new GraphQLError(`countryCode: ${code} is ${current}; to ${input.action} it must be ${ALLOWED[target].join(" or ")}`, {
        extensions: { code: ErrorCode.Conflict, argument: "countryCode" },
      });
    }
    const policy = input.policy ?? this.defaultPolicy;
    const assessment = target === "APPLICANT" || target === "MEMBER" ? this.assessment(code, policy) : null;
    const overrideReason = input.overrideReason?.trim() || null;
    if (overrideReason && overrideReason.length > LIMITS.grounds)
      throw bad("overrideReason", `expected at most ${LIMITS.grounds} characters, received ${overrideReason.length}`);
    if (target === "MEMBER" && assessment!.eligible !== true && !overrideReason) {
      const why = assessment!.eligible === false ? `is not eligible (${assessment!.status}, ${assessment!.year})` : "has no rating to assess eligibility by";
      throw new GraphQLError(`countryCode: ${code} ${why} under ${policy}; admitting it needs an explicit overrideReason, which is recorded`, {
        extensions: { code: ErrorCode.NotEligible, argument: "countryCode", policy },
      });
    }
    const row = {
      country_code: code,
      status: target,
      decided_on: decidedOn,
      grounds,
      recorded_by: actor.id,
      recorded_at: new Date().toISOString(),
      policy: assessment ? policy : null,
      evidence: assessment ? JSON.stringify(assessment) : null,
      override_reason: target === "MEMBER" ? overrideReason : null,
      recorder_label: this.recorder.labelFor(actor, role),
    };
    const id = this.recorder.recorded(actor, role, `${input.action}Membership`, `country:${code}`, { ...input, countryCode: code }, () =>
      this.recorder.records.insertDecision(row),
    );
    return { id, ...row };
  }
}
