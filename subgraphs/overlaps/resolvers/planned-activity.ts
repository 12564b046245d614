/** The parts of the planned-activity check around the engine: the input checked and the advice worded. */
import { findCountry } from "../../platform/countries/reference.js";
import { inputError } from "../../platform/errors.js";
import type { Match, ProposalInputValue } from "../analytics/engine.js";
import { Recommendation } from "../types/enums.js";
import type { PlannedActivityInput } from "../types/overlaps.js";

/** The input as the engine compares it; a missing title or an unknown country code is the user's to fix. */
export function checkedProposal(input: PlannedActivityInput): ProposalInputValue {
  if (input.title.trim() === "") throw inputError("input.title", "expected a title, received none");
  const countryCodes = [...new Set(input.countryCodes.map((code) => code.trim().toUpperCase()))];
  const unknown = countryCodes.filter((code) => !findCountry(code));
  if (unknown.length)
    throw inputError(
      "input.countryCodes",
      `expected alpha-3 codes of countries (e.g. USA, DEU), received ${unknown.map((code) => JSON.stringify(code)).join(", ")}`,
    );
  return {
    title: input.title.trim(),
    description: input.description?.trim() || null,
    topics: [...new Set(input.topics.map((topic) => topic.trim().toLowerCase()).filter(Boolean))],
    countryCodes,
    startDate: input.startDate ?? null,
    endDate: null,
    kind: null,
  };
}

const f = (value: number) => value.toFixed(2);

/**
 * Join, extend or go ahead, from the best match of either kind: an existing activity that does
 * the same, or an existing body whose name and mandate say it does (and whose members it shares).
 */
export function recommend(matches: readonly Match[], joinAt: number, extendAt: number): { recommendation: Recommendation; explanation: string } {
  const best = matches[0];
  const nameOf = (match: Match) =>
    match.activity ? `the activity "${match.activity.title}" (${match.activity.bodyId})` : `the body ${match.body!.name} (${match.body!.id})`;
  if (!best || best.score < extendAt) {
    return {
      recommendation: Recommendation.GO_AHEAD,
      explanation: best
        ? `Go ahead: the closest existing match, ${nameOf(best)}, scores ${f(best.score)}, below ${extendAt}.`
        : "Go ahead: nothing existing shares its words, topics or members.",
    };
  }
  const recommendation = best.score >= joinAt ? Recommendation.JOIN_EXISTING : Recommendation.EXTEND_EXISTING;
  const others = matches.slice(1, 3).filter((match) => match.score >= extendAt);
  return {
    recommendation,
    explanation:
      `${recommendation === Recommendation.JOIN_EXISTING ? "Join" : "Extend"} ${nameOf(best)} rather than create a new one: it scores ${f(best.score)} (${best.reasons.join("; ")}).` +
      (others.length ? ` Also close: ${others.map((match) => `${nameOf(match)} (${f(match.score)})`).join(", ")}.` : ""),
  };
}
