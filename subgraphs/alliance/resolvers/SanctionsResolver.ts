/** Joint smart sanctions on values alone (principles 8, 9): evidence, proposals, member votes, and the consistency check. */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { connectionFrom } from "../../shared/connection.js";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import {
  SanctionProposalConnection,
  ProposeSanctionInput,
  RecordEvidenceInput,
  EvidenceRecordPayload,
  SanctionProposalPayload,
  ConsistencyFinding,
  EvidenceRecord,
  SanctionProposal,
  SanctionTally,
  SanctionVote,
} from "../types/sanctions.js";
import { CastVoteInput } from "../types/cast-vote.js";
import { idNumber } from "./ids.js";
import { toEvidenceRecord, toSanction } from "./mappers.js";
import type { AllianceContext } from "../loaders.js";
import type { EvidenceRow } from "../records.js";
import { Country } from "../types/country.js";
import { VotePosition, AodMembershipStatus, Role } from "../types/enums.js";

@Resolver(() => SanctionProposal)
export class SanctionsResolver {
  @Query(() => SanctionProposalConnection, { nullable: true, description: "Sanction proposals, oldest first." })
  async sanctionProposals(
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: AllianceContext,
  ) {
    return connectionFrom("sanctions", (await context.loaders.sanctionProposals.load("all")).map(toSanction), { first, after });
  }

  @RoleMutation([Role.SECRETARIAT], () => EvidenceRecordPayload, "Records evidence about a state on one of the grounds for sanctions, with its source.")
  recordEvidence(
    @Arg("input", () => RecordEvidenceInput, { description: "The fields of the record; see the input type." }) input: RecordEvidenceInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("evidence", () => toEvidenceRecord(context.commands.sanctions.recordEvidence(context.actor!, input)));
  }

  @RoleMutation(
    [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE],
    () => SanctionProposalPayload,
    "Proposes sanctions against a government, on recorded evidence about it on the same grounds.",
  )
  proposeSanction(
    @Arg("input", () => ProposeSanctionInput, { description: "The fields of the record; see the input type." }) input: ProposeSanctionInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("sanctionProposal", () =>
      toSanction(context.commands.sanctions.propose(context.actor!, { ...input, evidenceIds: input.evidenceIds.map(Number) })),
    );
  }

  @RoleMutation([Role.MEMBER_STATE_DELEGATE], () => SanctionProposalPayload, "A member government casts (or changes) its recorded vote on a sanction proposal.")
  voteOnSanction(
    @Arg("input", () => CastVoteInput, { description: "The fields of the record; see the input type." }) input: CastVoteInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("sanctionProposal", async () => {
      const id = idNumber("proposalId", "sanction proposal", input.proposalId);
      context.commands.sanctions.vote(context.actor!, id, input.position);
      const row = await context.loaders.sanctionProposal.load(id);
      return row ? toSanction(row) : null;
    });
  }

  @FieldResolver(() => Country, { nullable: true, description: "The targeted state." })
  target(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(proposal.targetCode);
  }

  @FieldResolver(() => [EvidenceRecord], { description: "The evidence it rests on." })
  async evidence(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<EvidenceRecord[]> {
    const rows = await context.loaders.evidence.loadMany(proposal.evidenceIds);
    return rows.filter((row): row is EvidenceRow => row !== null && !(row instanceof Error)).map(toEvidenceRecord);
  }

  @FieldResolver(() => [SanctionVote], { description: "Members' recorded votes." })
  async votes(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<SanctionVote[]> {
    return (await context.loaders.sanctionVotesByProposal.load(Number(proposal.id))).map((row) => ({
      countryCode: row.country_code,
      position: VotePosition[row.position],
      castAt: row.cast_at,
    }));
  }

  @FieldResolver(() => SanctionTally, { description: "The count of members' votes, and members yet to vote." })
  async tally(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<SanctionTally> {
    const [votes, members] = await Promise.all([
      context.loaders.sanctionVotesByProposal.load(Number(proposal.id)),
      context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER),
    ]);
    const memberCodes = new Set(members.map((m) => m.country_code));
    const counted = votes.filter((vote) => memberCodes.has(vote.country_code));
    const count = (position: string) => counted.filter((vote) => vote.position === position).length;
    return { yes: count("YES"), no: count("NO"), abstain: count("ABSTAIN"), notVoted: memberCodes.size - counted.length };
  }

  @FieldResolver(() => [ConsistencyFinding], {
    description:
      "Other states that meet the same grounds on the record but are not targeted by any proposal on those grounds: states with recorded evidence on " +
      "the same grounds, and, for gross human rights abuses, states whose Freedom House ratings in the target's latest rated year are as bad or worse on both scales.",
  })
  async consistency(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<ConsistencyFinding[]> {
    const all = await context.loaders.sanctionProposals.load("all");
    const row = all.find((p) => p.id === Number(proposal.id));
    return row ? context.commands.sanctions.consistency(row, all) : [];
  }
}

@Resolver(() => ConsistencyFinding)
export class ConsistencyFindingResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state." })
  country(@Root() finding: ConsistencyFinding, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(finding.countryCode);
  }
}

@Resolver(() => EvidenceRecord)
export class EvidenceResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state the evidence is about." })
  country(@Root() evidence: EvidenceRecord, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(evidence.countryCode);
  }
}

@Resolver(() => SanctionVote)
export class SanctionVoteResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The member that voted." })
  country(@Root() vote: SanctionVote, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(vote.countryCode);
  }
}
