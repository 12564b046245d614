/** Joint smart sanctions on values alone (principles 8, 9): evidence, proposals, member votes, and the consistency check. */
import { GraphQLDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import type { EvidenceRow, SanctionRow } from "../records.js";
import { Country } from "../types/Country.js";
import { AllianceVote, AodMembershipStatus, Role, SanctionGrounds } from "../types/enums.js";
import { ConsistencyFinding, EvidenceRecord, SanctionProposal, SanctionTally, SanctionVote } from "../types/sanctions.js";

const toEvidence = (row: EvidenceRow): EvidenceRecord => ({
  id: String(row.id),
  countryCode: row.country_code,
  grounds: SanctionGrounds[row.grounds],
  description: row.description,
  sourceTitle: row.source_title,
  sourceUrl: row.source_url,
  observedOn: row.observed_on,
});
const toSanction = (row: SanctionRow): SanctionProposal => ({
  id: String(row.id),
  targetCode: row.target_code,
  grounds: SanctionGrounds[row.grounds],
  measures: row.measures,
  evidenceIds: JSON.parse(row.evidence_ids) as number[],
  proposedBy: row.proposed_by,
  proposedAt: row.proposed_at,
});

@Resolver(() => SanctionProposal)
export class SanctionsResolver {
  @Query(() => [SanctionProposal], { description: "Sanction proposals, oldest first." })
  async sanctionProposals(@Ctx() context: AllianceContext): Promise<SanctionProposal[]> {
    return (await context.loaders.sanctionProposals.load("all")).map(toSanction);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => EvidenceRecord, { description: "Records evidence about a state on one of the grounds for sanctions, with its source." })
  recordEvidence(
    @Arg("country", () => String, { description: "Alpha-3 code of the state." }) country: string,
    @Arg("grounds", () => SanctionGrounds, { description: "The grounds it bears on." }) grounds: SanctionGrounds,
    @Arg("description", () => String, { description: "What was observed." }) description: string,
    @Arg("sourceTitle", () => String, { description: "Where it is documented." }) sourceTitle: string,
    @Arg("sourceUrl", () => String, { nullable: true, description: "Address of the source." }) sourceUrl: string | null,
    @Arg("observedOn", () => GraphQLDate, { description: "Day observed." }) observedOn: Date,
    @Ctx() context: AllianceContext,
  ): EvidenceRecord {
    return toEvidence(context.commands.recordEvidence(context.actor!, { country, grounds, description, sourceTitle, sourceUrl, observedOn }));
  }

  @Authorized(Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE)
  @Mutation(() => SanctionProposal, { description: "Proposes sanctions against a government, on recorded evidence about it on the same grounds." })
  proposeSanction(
    @Arg("target", () => String, { description: "Alpha-3 code of the targeted state." }) target: string,
    @Arg("grounds", () => SanctionGrounds, { description: "The grounds." }) grounds: SanctionGrounds,
    @Arg("measures", () => String, { description: "The measures proposed." }) measures: string,
    @Arg("evidence", () => [ID], { description: "Ids of recorded evidence about the target on these grounds." }) evidence: string[],
    @Ctx() context: AllianceContext,
  ): SanctionProposal {
    return toSanction(context.commands.proposeSanction(context.actor!, { target, grounds, measures, evidence: evidence.map(Number) }));
  }

  @Authorized(Role.MEMBER_STATE_DELEGATE)
  @Mutation(() => SanctionProposal, { nullable: true, description: "A member government casts (or changes) its recorded vote on a sanction proposal." })
  async voteOnSanction(
    @Arg("proposal", () => ID, { description: "Sanction proposal id." }) proposal: string,
    @Arg("position", () => AllianceVote, { description: "The vote." }) position: AllianceVote,
    @Ctx() context: AllianceContext,
  ): Promise<SanctionProposal | null> {
    context.commands.voteOnSanction(context.actor!, Number(proposal), position);
    const row = await context.loaders.sanctionProposal.load(Number(proposal));
    return row ? toSanction(row) : null;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The targeted state." })
  target(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(proposal.targetCode);
  }

  @FieldResolver(() => [EvidenceRecord], { description: "The evidence it rests on." })
  async evidence(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<EvidenceRecord[]> {
    const rows = await context.loaders.evidence.loadMany(proposal.evidenceIds);
    return rows.filter((row): row is EvidenceRow => row !== null && !(row instanceof Error)).map(toEvidence);
  }

  @FieldResolver(() => [SanctionVote], { description: "Members' recorded votes." })
  async votes(@Root() proposal: SanctionProposal, @Ctx() context: AllianceContext): Promise<SanctionVote[]> {
    return (await context.loaders.sanctionVotesByProposal.load(Number(proposal.id))).map((row) => ({ countryCode: row.country_code, position: AllianceVote[row.position], castAt: row.cast_at }));
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
    return row ? context.commands.consistency(row, all) : [];
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

