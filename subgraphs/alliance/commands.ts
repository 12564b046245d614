/**
 * Every change to the Alliance's record. Each command checks its input and the actor's standing,
 * then writes the change and its audit entry in one transaction: either both are stored or neither.
 * Refusals are GraphQLErrors saying what was expected and what was found.
 */
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { upsertActivities, type ActivitySeed } from "../shared/activities.js";
import { findCountry } from "../platform/countries/reference.js";
import { isCountryCodeShape } from "../shared/countries/country-code.js";
import { ErrorCode, inputError } from "../platform/errors.js";
import { Role, type Actor } from "../shared/auth.js";
import { consistencyFindings, type Finding } from "./consistency.js";
import { assess, type Assessment, type EligibilityPolicy } from "./eligibility.js";
import type {
  AssemblyMemberRow,
  AuditRow,
  CaucusChangeRow,
  DecisionRow,
  EndorsementRow,
  EvidenceRow,
  ParticipantRow,
  ProposalRow,
  RecommendationRow,
  Records,
  ResponseRow,
  SanctionRow,
  SessionRow,
} from "./records.js";
import type { AllianceStore } from "./store.js";

export const LIMITS = { title: 300, text: 20_000, grounds: 5_000, name: 300 } as const;

type Status = DecisionRow["status"];

const bad = (field: string, message: string) => inputError(field, message);
const notFound = (field: string, message: string) => inputError(field, message, ErrorCode.NotFound);

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function requireText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === "") throw bad(field, "expected some text, received none");
  if (trimmed.length > max) throw bad(field, `expected at most ${max} characters, received ${trimmed.length}`);
  return trimmed;
}

export function requireCountry(field: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!isCountryCodeShape(code)) throw bad(field, `expected an ISO 3166-1 alpha-3 country code, received ${JSON.stringify(value)}`);
  if (!findCountry(code)) throw bad(field, `no country has the code ${JSON.stringify(value)}`);
  return code;
}

export function requireDay(field: string, value: Date | null | undefined): string {
  const day = (value ?? new Date()).toISOString().slice(0, 10);
  if (day < "2000-01-01" || day > "2100-12-31") throw bad(field, `expected a day from 2000-01-01 to 2100-12-31, received ${day}`);
  return day;
}

/** Which moves the lifecycle allows: application → admission → suspension / withdrawal (and readmission after suspension). */
const ALLOWED: Record<Status, readonly (Status | "NOT_A_MEMBER")[]> = {
  APPLICANT: ["NOT_A_MEMBER", "WITHDRAWN"],
  MEMBER: ["APPLICANT", "SUSPENDED"],
  SUSPENDED: ["MEMBER"],
  WITHDRAWN: ["APPLICANT", "MEMBER", "SUSPENDED"],
};

export class AllianceCommands {
  private readonly records: Records;

  constructor(
    private readonly store: AllianceStore,
    readonly defaultPolicy: EligibilityPolicy,
  ) {
    this.records = store.records;
  }

  /** Runs `write` and records the audit entry in the same transaction. */
  private recorded<T>(actor: Actor, role: Role, action: string, subject: string, details: unknown, write: () => T): T {
    return this.store.db.transaction(() => {
      const result = write();
      this.records.insertAudit({ at: new Date().toISOString(), actor: actor.id, role, action, subject, details: JSON.stringify(details) });
      return result;
    })();
  }

  private roleFor(actor: Actor, allowed: Role[]): Role {
    const role = allowed.find((r) => actor.roles.includes(r));
    if (!role) throw forbidden(`This action needs one of the roles ${allowed.join(", ")}; ${actor.id} has ${actor.roles.join(", ") || "none"}.`);
    return role;
  }

  /** The consistency check of a sanction proposal (see consistency.ts). */
  consistency(proposal: SanctionRow, all: readonly SanctionRow[]): Finding[] {
    return consistencyFindings(this.records, proposal, all);
  }

  audit(afterId: number, limit: number): AuditRow[] {
    return this.records.auditAfter(afterId, limit);
  }

  auditCount(): number {
    return this.records.auditCount();
  }

  currentStatus(code: string): Status | "NOT_A_MEMBER" {
    return this.records.latestStandingFor([code])[0]?.status ?? "NOT_A_MEMBER";
  }

  assessment(code: string, policy: EligibilityPolicy, year: number | null = null): Assessment {
    return assess(policy, this.records.freedomRatingsFor([code]), this.records.regimeRatingsFor([code]), year);
  }

  /** The member state a delegate speaks for: a delegate without a `country` claim, or of a state that is not a member, speaks for none. */
  private memberGovernment(actor: Actor): string {
    if (!actor.country) throw forbidden(`${actor.id} is a delegate without a \`country\` claim: a delegate acts for the state its token names.`);
    const status = this.currentStatus(actor.country);
    if (status !== "MEMBER") throw forbidden(`Only member governments respond as governments; ${actor.country} is ${status}.`);
    return actor.country;
  }

  /** A government acting for its own state, or the secretariat. */
  private actingFor(actor: Actor, code: string): Role {
    const role = this.roleFor(actor, [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE]);
    if (role === Role.MEMBER_STATE_DELEGATE && !actor.roles.includes(Role.SECRETARIAT) && actor.country !== code) {
      throw forbidden(`A delegate acts for its own state only: ${actor.id} is a delegate of ${actor.country ?? "no state"}, not ${code}.`);
    }
    return role;
  }

  decide(
    actor: Actor,
    input: {
      action: "apply" | "admit" | "suspend" | "withdraw";
      countryCode: string;
      grounds: string;
      decidedOn?: Date | null;
      policy?: EligibilityPolicy | null;
      overrideReason?: string | null;
    },
  ): DecisionRow {
    const code = requireCountry("countryCode", input.countryCode);
    const grounds = requireText("grounds", input.grounds, LIMITS.grounds);
    const decidedOn = requireDay("decidedOn", input.decidedOn);
    const target: Status = { apply: "APPLICANT", admit: "MEMBER", suspend: "SUSPENDED", withdraw: "WITHDRAWN" }[input.action] as Status;
    const role = input.action === "apply" || input.action === "withdraw" ? this.actingFor(actor, code) : this.roleFor(actor, [Role.SECRETARIAT]);
    const current = this.currentStatus(code);
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
    };
    const id = this.recorded(actor, role, `${input.action}Membership`, `country:${code}`, { ...input, countryCode: code }, () =>
      this.records.insertDecision(row),
    );
    return { id, ...row };
  }

  recordCaucusChange(actor: Actor, input: { countryCode: string; change: "ADD" | "REMOVE"; grounds: string; decidedOn?: Date | null }): CaucusChangeRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    const code = requireCountry("countryCode", input.countryCode);
    const row = {
      country_code: code,
      change: input.change,
      decided_on: requireDay("decidedOn", input.decidedOn),
      grounds: requireText("grounds", input.grounds, LIMITS.grounds),
      recorded_by: actor.id,
    };
    return { id: this.recorded(actor, role, "recordCaucusChange", `country:${code}`, row, () => this.records.insertCaucusChange(row)), ...row };
  }

  registerParticipant(
    actor: Actor,
    input: {
      kind: ParticipantRow["kind"];
      name: string;
      countryCode: string;
      chamber?: string | null;
      party?: string | null;
      inGovernment?: boolean | null;
      description?: string | null;
    },
  ): ParticipantRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    const parliamentarian = input.kind === "PARLIAMENTARIAN";
    if (parliamentarian && (input.inGovernment === null || input.inGovernment === undefined))
      throw bad("inGovernment", "expected true or false for a parliamentarian (false: opposition), received nothing");
    if (parliamentarian && !input.chamber?.trim()) throw bad("chamber", "expected the parliamentarian's chamber, received nothing");
    const row = {
      kind: input.kind,
      name: requireText("name", input.name, LIMITS.name),
      country_code: requireCountry("countryCode", input.countryCode),
      chamber: input.chamber?.trim() || null,
      party: input.party?.trim() || null,
      in_government: parliamentarian ? (input.inGovernment ? 1 : 0) : null,
      description: input.description ? requireText("description", input.description, LIMITS.text) : null,
      registered_on: new Date().toISOString().slice(0, 10),
      recorded_by: actor.id,
    };
    return {
      id: this.recorded(actor, role, "registerParticipant", `participant:${row.name}`, row, () => this.records.insertParticipant(row)),
      ...row,
      in_government: row.in_government as 0 | 1 | null,
    };
  }

  /** Who is speaking in a deliberation: a member government through its delegate, or a registered participant. */
  private speaker(actor: Actor): { id: string; constituency: string; role: Role } {
    if (actor.roles.includes(Role.MEMBER_STATE_DELEGATE) && actor.country) {
      if (this.currentStatus(actor.country) !== "MEMBER")
        throw forbidden(`Only member governments take part as governments; ${actor.country} is ${this.currentStatus(actor.country)}.`);
      return { id: actor.country, constituency: "GOVERNMENTS", role: Role.MEMBER_STATE_DELEGATE };
    }
    if (actor.roles.includes(Role.NETWORK_MEMBER) && actor.participant !== null) {
      const participant = this.records.participantsByIds([actor.participant])[0];
      if (!participant) throw forbidden(`${actor.id} claims participant ${actor.participant}, which is not registered.`);
      return {
        id: `participant:${participant.id}`,
        constituency: participant.kind === "PARLIAMENTARIAN" ? "PARLIAMENTARY_NETWORK" : "CIVIL_SOCIETY_NETWORK",
        role: Role.NETWORK_MEMBER,
      };
    }
    throw forbidden("This action needs a member-state delegate (with a `country` claim) or a network member (with a `participant` claim).");
  }

  private requireProposal(id: number): void {
    if (this.records.proposalsByIds([id]).length === 0) throw notFound("proposalId", `no proposal has the id ${id}`);
  }

  submitProposal(actor: Actor, input: { title: string; text: string }): ProposalRow {
    const speaker = this.speaker(actor);
    const row = {
      title: requireText("title", input.title, LIMITS.title),
      text: requireText("text", input.text, LIMITS.text),
      submitter: speaker.id,
      constituency: speaker.constituency,
      submitted_at: new Date().toISOString(),
    };
    const id = this.recorded(actor, speaker.role, "submitProposal", `by:${speaker.id}`, row, () => {
      const newId = this.records.insertProposal(row);
      this.records.insertSponsor({ proposal_id: newId, sponsor: speaker.id, constituency: speaker.constituency, sponsored_at: row.submitted_at });
      return newId;
    });
    return { id, ...row };
  }

  cosponsorProposal(actor: Actor, proposalId: number): void {
    const speaker = this.speaker(actor);
    this.requireProposal(proposalId);
    this.recorded(actor, speaker.role, "cosponsorProposal", `proposal:${proposalId}`, { sponsor: speaker.id }, () =>
      this.records.insertSponsor({ proposal_id: proposalId, sponsor: speaker.id, constituency: speaker.constituency, sponsored_at: new Date().toISOString() }),
    );
  }

  voteOnProposal(actor: Actor, proposalId: number, position: "YES" | "NO" | "ABSTAIN"): void {
    const speaker = this.speaker(actor);
    this.requireProposal(proposalId);
    const row = { proposal_id: proposalId, voter: speaker.id, constituency: speaker.constituency, position, cast_at: new Date().toISOString() };
    this.recorded(actor, speaker.role, "voteOnProposal", `proposal:${proposalId}`, row, () => this.records.upsertProposalVote(row));
  }

  openAssemblySession(actor: Actor, input: { title: string; openedOn?: Date | null; location?: string | null }): SessionRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    const row = {
      title: requireText("title", input.title, LIMITS.title),
      opened_on: requireDay("openedOn", input.openedOn),
      location: input.location?.trim() || null,
    };
    return { id: this.recorded(actor, role, "openAssemblySession", `assembly:${row.title}`, row, () => this.records.insertSession(row)), ...row };
  }

  private requireSession(id: number): void {
    if (this.records.sessionsByIds([id]).length === 0) throw notFound("sessionId", `no assembly session has the id ${id}`);
  }

  addAssemblyMember(actor: Actor, input: { sessionId: number; name: string; residenceCountryCode: string }): AssemblyMemberRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    this.requireSession(input.sessionId);
    const row = {
      session_id: input.sessionId,
      name: requireText("name", input.name, LIMITS.name),
      residence_code: requireCountry("residenceCountryCode", input.residenceCountryCode),
    };
    return { id: this.recorded(actor, role, "addAssemblyMember", `assembly:${input.sessionId}`, row, () => this.records.insertAssemblyMember(row)), ...row };
  }

  adoptRecommendation(
    actor: Actor,
    input: { sessionId: number; title: string; text: string; dimension: "INTERNAL" | "EXTERNAL"; adoptedOn?: Date | null },
  ): RecommendationRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    this.requireSession(input.sessionId);
    const row = {
      session_id: input.sessionId,
      title: requireText("title", input.title, LIMITS.title),
      text: requireText("text", input.text, LIMITS.text),
      dimension: input.dimension,
      adopted_on: requireDay("adoptedOn", input.adoptedOn),
    };
    return { id: this.recorded(actor, role, "adoptRecommendation", `assembly:${input.sessionId}`, row, () => this.records.insertRecommendation(row)), ...row };
  }

  respondToRecommendation(actor: Actor, input: { recommendationId: number; status: string; text: string; respondedOn?: Date | null }): ResponseRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE]);
    if (this.records.recommendationsByIds([input.recommendationId]).length === 0)
      throw notFound("recommendationId", `no recommendation has the id ${input.recommendationId}`);
    const respondedBy = role === Role.SECRETARIAT ? "secretariat" : `government of ${this.memberGovernment(actor)}`;
    const row = {
      recommendation_id: input.recommendationId,
      status: input.status,
      text: requireText("text", input.text, LIMITS.text),
      responded_by: respondedBy,
      responded_on: requireDay("respondedOn", input.respondedOn),
    };
    return {
      id: this.recorded(actor, role, "respondToRecommendation", `recommendation:${input.recommendationId}`, row, () => this.records.insertResponse(row)),
      ...row,
    };
  }

  recordEvidence(
    actor: Actor,
    input: { countryCode: string; grounds: string; description: string; sourceTitle: string; sourceUrl?: string | null; observedOn: Date },
  ): EvidenceRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    const row = {
      country_code: requireCountry("countryCode", input.countryCode),
      grounds: input.grounds,
      description: requireText("description", input.description, LIMITS.text),
      source_title: requireText("sourceTitle", input.sourceTitle, LIMITS.title),
      source_url: input.sourceUrl?.trim() || null,
      observed_on: input.observedOn.toISOString().slice(0, 10),
      recorded_by: actor.id,
    };
    return {
      id: this.recorded(actor, role, "recordEvidence", `country:${row.country_code}`, row, () => this.records.insertEvidence(row)),
      ...row,
      grounds: row.grounds as EvidenceRow["grounds"],
    };
  }

  proposeSanction(actor: Actor, input: { targetCountryCode: string; grounds: string; measures: string; evidenceIds: number[] }): SanctionRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE]);
    const target = requireCountry("targetCountryCode", input.targetCountryCode);
    if (role === Role.MEMBER_STATE_DELEGATE && (!actor.country || this.currentStatus(actor.country) !== "MEMBER"))
      throw forbidden("Only the secretariat or a member government may propose sanctions.");
    if (input.evidenceIds.length === 0) throw bad("evidenceIds", "expected at least one recorded evidence id on the grounds given, received none");
    const found = this.records.evidenceByIds(input.evidenceIds);
    for (const id of input.evidenceIds) {
      const record = found.find((row) => row.id === id);
      if (!record) throw notFound("evidenceIds", `no evidence has the id ${id}`);
      if (record.country_code !== target || record.grounds !== input.grounds) {
        throw bad("evidenceIds", `evidence ${id} is about ${record.country_code} on ${record.grounds}; expected ${target} on ${input.grounds}`);
      }
    }
    const row = {
      target_code: target,
      grounds: input.grounds,
      measures: requireText("measures", input.measures, LIMITS.text),
      evidence_ids: JSON.stringify(input.evidenceIds),
      proposed_by: actor.id,
      proposed_at: new Date().toISOString(),
    };
    return {
      id: this.recorded(actor, role, "proposeSanction", `country:${target}`, row, () => this.records.insertSanctionProposal(row)),
      ...row,
      grounds: row.grounds as SanctionRow["grounds"],
    };
  }

  voteOnSanction(actor: Actor, proposalId: number, position: "YES" | "NO" | "ABSTAIN"): void {
    const role = this.roleFor(actor, [Role.MEMBER_STATE_DELEGATE]);
    if (!actor.country || this.currentStatus(actor.country) !== "MEMBER")
      throw forbidden(`Members decide sanctions; ${actor.country ?? "no state"} is not a member.`);
    if (this.records.sanctionProposalsByIds([proposalId]).length === 0) throw notFound("proposalId", `no sanction proposal has the id ${proposalId}`);
    const row = { proposal_id: proposalId, country_code: actor.country, position, cast_at: new Date().toISOString() };
    this.recorded(actor, role, "voteOnSanction", `sanction:${proposalId}`, row, () => this.records.upsertSanctionVote(row));
  }

  recordActivity(
    actor: Actor,
    input: {
      kind: ActivitySeed["kind"];
      title: string;
      description?: string | null;
      topics: string[];
      countryCodes: string[];
      startDate?: string | null;
      endDate?: string | null;
      sourceTitle: string;
      sourceUrl?: string | null;
    },
  ): string {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    const period = (field: string, value: string | null | undefined) => {
      if (!value) return null;
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw bad(field, `expected YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(value)}`);
      return value;
    };
    const title = requireText("title", input.title, LIMITS.title);
    const seed: ActivitySeed = {
      id: `aod:${randomUUID()}`,
      kind: input.kind,
      title,
      description: input.description ? requireText("description", input.description, LIMITS.text) : null,
      topics: input.topics.map((topic, i) => requireText(`topics[${i}]`, topic, 100).toLowerCase()),
      countryCodes: input.countryCodes.map((code, i) => requireCountry(`countryCodes[${i}]`, code)),
      startDate: period("startDate", input.startDate),
      endDate: period("endDate", input.endDate),
      source: {
        title: requireText("sourceTitle", input.sourceTitle, LIMITS.title),
        url: input.sourceUrl?.trim() || null,
        checkedOn: new Date().toISOString().slice(0, 10),
        note: `Recorded by ${actor.id}.`,
      },
    };
    this.recorded(actor, role, "recordActivity", `activity:${seed.id}`, seed, () => upsertActivities(this.store.db, [seed]));
    return seed.id;
  }

  activity(id: string) {
    return this.records.activities().find((activity) => activity.id === id) ?? null;
  }

  recordEndorsement(
    actor: Actor,
    input: {
      campaign: string;
      endorserKind: string;
      endorserName: string;
      countryCode?: string | null;
      endorsedOn: Date;
      sourceTitle: string;
      sourceUrl?: string | null;
    },
  ): EndorsementRow {
    const role = this.roleFor(actor, [Role.SECRETARIAT]);
    const row = {
      campaign: input.campaign,
      endorser_kind: input.endorserKind,
      endorser_name: requireText("endorserName", input.endorserName, LIMITS.name),
      country_code: input.countryCode ? requireCountry("countryCode", input.countryCode) : null,
      endorsed_on: input.endorsedOn.toISOString().slice(0, 10),
      source_title: requireText("sourceTitle", input.sourceTitle, LIMITS.title),
      source_url: input.sourceUrl?.trim() || null,
      recorded_by: actor.id,
    };
    return { id: this.recorded(actor, role, "recordEndorsement", `campaign:${input.campaign}`, row, () => this.records.insertEndorsement(row)), ...row };
  }
}
