import { DataSet, VOTING_RECORD } from "../types/united-nations.js";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { inputError } from "../../platform/errors.js";
import { MOST_PRECEDENTS, WHIP_SHEET_WORK, type WhipSheetRequest, type WhipSheetResult } from "../analytics/whip-sheet.js";
import { analysisPool } from "../analytics/worker/analysis-pool.js";
import { workCost } from "../../shared/cost.js";
import { parseGroup, parseRange } from "../arguments.js";
import { ISSUE_BY_CODE, type IssueCode } from "../import/issues.js";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "./mappers.js";
import { Country } from "../types/country.js";
import { POSITION_OF_VOTE } from "../types/enums.js";
import { WhipMember, WhipSheet, WhipSheetInput } from "../types/whip-sheet.js";
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
  async whipSheet(
    @Arg("input", () => WhipSheetInput, { description: "The coming vote and the group." }) input: WhipSheetInput,
    @Ctx() context: UnVotesContext,
  ): Promise<WhipSheet> {
    const codes = parseGroup(input.memberCodes, "input.memberCodes");
    const text = [input.title, input.text].filter(Boolean).join(" ").trim();
    const issues = (input.issues ?? []) as unknown as IssueCode[];
    if (text === "" && issues.length === 0) {
      throw inputError("input", "expected a title, a text or issue tags to find precedents by, received none");
    }
    if (!Number.isInteger(input.similar) || input.similar < 1 || input.similar > MOST_PRECEDENTS) {
      throw inputError("input.similar", `expected a whole number from 1 to ${MOST_PRECEDENTS}, received ${input.similar}`);
    }
    const index = context.votes();
    const range = parseRange(input);
    const sponsors = input.sponsorCodes?.length ? parseGroup(input.sponsorCodes, "input.sponsorCodes") : [];
    const request: WhipSheetRequest = {
      codes,
      text,
      issues,
      similar: input.similar,
      range: { session: range.session ?? null, from: range.from ?? null, to: range.to ?? null },
      sponsors,
    };
    const sheet = await analysisPool().run<WhipSheetResult>(index, { kind: "whipSheet", request }, context.deadline, "The whip sheet");
    // One object per precedent, shared by every member's record of it.
    const precedentRollCalls = sheet.precedents.map((match) => toRollCall(index, match.row));
    const whipMembers: WhipMember[] = sheet.members.map((member) => ({
      code: member.code,
      predictedPosition: POSITION_OF_VOTE[member.predicted],
      confidence: member.calibrated,
      sponsor: member.sponsor,
      defectionRisk: member.defectionRisk,
      record: member.record.map((vote, i) => ({ rollCall: precedentRollCalls[i], position: POSITION_OF_VOTE[vote] })),
    }));
    return {
      coverage: recordCoverage(index, range, context.dataSetsImporting().size > 0),
      expectedPosition: POSITION_OF_VOTE[sheet.expected],
      precedents: sheet.precedents.map((match, i) => ({
        rollCall: precedentRollCalls[i],
        score: match.score,
        textSimilarity: match.textScore,
        issueSimilarity: match.issueScore,
        reasons: [
          ...(match.sharedIssues.length ? [`shares issues: ${match.sharedIssues.map((issue) => ISSUE_BY_CODE.get(issue)!.name).join(", ")}`] : []),
          ...(match.sharedTerms.length ? [`shares terms: ${match.sharedTerms.join(", ")}`] : []),
        ],
        groupPosition: POSITION_OF_VOTE[match.groupPosition],
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
