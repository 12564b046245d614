import { DataSet, VOTING_RECORD } from "../types/VotingRecord.js";
import { GraphQLError } from "graphql";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ErrorCode } from "../../platform/errors.js";
import { calibrationFor } from "../analytics/calibration.js";
import { tallyGroup } from "../analytics/group-voting.js";
import { similarRollCalls } from "../analytics/similarity.js";
import { forecast, MOST_PRECEDENTS, NO_SPONSORSHIP, POOL_SIZE, precedentRows, WHIP_SHEET_WORK } from "../analytics/whip-sheet.js";
import { workCost } from "../../shared/cost.js";
import { sponsorRecord } from "../analytics/sponsorship.js";
import { parseGroup, parseRange } from "../arguments.js";
import { ISSUE_BY_CODE, type IssueCode } from "../import/issues.js";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "../roll-calls.js";
import { Country } from "../types/Country.js";
import { POSITION_OF_VOTE } from "../types/enums.js";
import { WhipMember } from "../types/WhipMember.js";
import { WhipSheet } from "../types/WhipSheet.js";
import { WhipSheetInput } from "../types/WhipSheetInput.js";
import { recordCoverage } from "../coverage.js";

@Resolver(() => WhipSheet)
export class WhipSheetResolver {
  @FieldResolver(() => [DataSet], { description: "The data this answer was computed from, with when it was imported." })
  computedFrom(): object[] {
    return VOTING_RECORD;
  }

  @workCost(WHIP_SHEET_WORK)
  @Query(() => WhipSheet, {
    nullable: true,
    description: "A whip's sheet for a coming General Assembly vote, from the group's record on the most similar past roll calls.",
  })
  whipSheet(
    @Arg("input", () => WhipSheetInput, { description: "The coming vote and the group." }) input: WhipSheetInput,
    @Ctx() context: UnVotesContext,
  ): WhipSheet {
    const codes = parseGroup(input.memberCodes, "input.memberCodes");
    const text = [input.title, input.text].filter(Boolean).join(" ").trim();
    const issues = (input.issues ?? []) as unknown as IssueCode[];
    if (text === "" && issues.length === 0) {
      throw new GraphQLError("input: expected a title, a text or issue tags to find precedents by, received none", {
        extensions: { code: ErrorCode.BadUserInput, argument: "input" },
      });
    }
    if (!Number.isInteger(input.similar) || input.similar < 1 || input.similar > MOST_PRECEDENTS) {
      throw new GraphQLError(`input.similar: expected a whole number from 1 to ${MOST_PRECEDENTS}, received ${input.similar}`, {
        extensions: { code: ErrorCode.BadUserInput, argument: "input.similar" },
      });
    }
    context.deadline.check("whipSheet");
    const index = context.votes();
    const range = parseRange(input);
    const { rows, latestSession } = precedentRows(index, index.rows(range), Boolean(range.from));
    const pool = similarRollCalls(index, { text, issues }, rows, Math.max(POOL_SIZE, input.similar));
    const similar = pool.slice(0, input.similar);
    const tallies = tallyGroup(
      index,
      index.columns(codes),
      similar.map((match) => match.row),
    );
    const sponsors = input.sponsorCodes?.length ? parseGroup(input.sponsorCodes, "input.sponsorCodes") : [];
    // What sponsorship was worth in the record before the vote (before its cut-off, or the latest roll call held).
    const cutOff = range.to ?? "9999-12-31";
    const sponsorship = sponsors.length > 0 ? { codes: new Set(sponsors), yesRate: sponsorRecord(index, cutOff).yesRate } : NO_SPONSORSHIP;
    const { expected, members } = forecast(index, codes, pool, similar.length, latestSession, rows, sponsorship);
    const calibrated = calibrationFor(index, latestSession);
    // One object per precedent, shared by every member's record of it.
    const precedentRollCalls = similar.map((match) => toRollCall(index, match.row));
    const whipMembers: WhipMember[] = members.map((member) => ({
      code: member.code,
      predictedPosition: POSITION_OF_VOTE[member.predicted],
      confidence: member.confidence === null ? null : member.sponsor ? member.confidence : calibrated(member.confidence),
      sponsor: member.sponsor,
      defectionRisk: member.defectionRisk,
      record: member.record.map((vote, i) => ({ rollCall: precedentRollCalls[i], position: POSITION_OF_VOTE[vote] })),
    }));
    return {
      coverage: recordCoverage(index, range, context.dataSetsImporting().size > 0),
      expectedPosition: POSITION_OF_VOTE[expected],
      precedents: similar.map((match, i) => ({
        rollCall: precedentRollCalls[i],
        score: match.score,
        textSimilarity: match.textScore,
        issueSimilarity: match.issueScore,
        reasons: [
          ...(match.sharedIssues.length ? [`shares issues: ${match.sharedIssues.map((issue) => ISSUE_BY_CODE.get(issue)!.name).join(", ")}`] : []),
          ...(match.sharedTerms.length ? [`shares terms: ${match.sharedTerms.join(", ")}`] : []),
        ],
        groupPosition: POSITION_OF_VOTE[tallies[i].position],
      })),
      members: whipMembers,
      atRisk: whipMembers.filter((m) => (m.defectionRisk ?? 0) > 0).sort((a, b) => b.defectionRisk! - a.defectionRisk! || a.code.localeCompare(b.code)),
    };
  }
}

@Resolver(() => WhipMember)
export class WhipMemberResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The member." })
  country(@Root() member: WhipMember, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(member.code);
  }
}
