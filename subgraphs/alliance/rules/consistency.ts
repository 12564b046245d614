/**
 * The consistency check for a sanction proposal (principle 9: never aimed at chosen states only).
 * It lists every other state that meets the same grounds on the record but is not targeted by any
 * proposal on those grounds:
 * - states with recorded evidence on the same grounds;
 * - for gross human rights abuses, also states whose Freedom House ratings in the target's latest
 *   rated year are as bad as the target's or worse on both political rights and civil liberties.
 * Ratings say nothing about interference in another state's democratic process, so for that
 * ground only recorded evidence counts.
 */
import type { EvidenceRow, FreedomRatingRow, Records, SanctionRow } from "../records.js";

export type Finding = { countryCode: string; reasons: string[] };

export function consistencyFindings(records: Records, proposal: SanctionRow, allProposals: readonly SanctionRow[]): Finding[] {
  const targeted = new Set(allProposals.filter((p) => p.grounds === proposal.grounds).map((p) => p.target_code));
  const findings = new Map<string, string[]>();
  const note = (code: string, reason: string) => {
    if (targeted.has(code)) return;
    const reasons = findings.get(code);
    if (reasons) reasons.push(reason);
    else findings.set(code, [reason]);
  };
  for (const evidence of records.evidenceWithGrounds(proposal.grounds) as EvidenceRow[]) {
    note(evidence.country_code, `recorded evidence ${evidence.id} (${evidence.observed_on}): ${evidence.description} [${evidence.source_title}]`);
  }
  if (proposal.grounds === "GROSS_HUMAN_RIGHTS_ABUSES") {
    const targetRatings = records.freedomRatingsFor([proposal.target_code]);
    const latest = targetRatings.at(-1);
    if (latest) {
      for (const rating of records.freedomRatingsInYear(latest.year) as FreedomRatingRow[]) {
        if (rating.political_rights >= latest.political_rights && rating.civil_liberties >= latest.civil_liberties) {
          note(
            rating.country_code,
            `Freedom House ${rating.year}: political rights ${rating.political_rights}, civil liberties ${rating.civil_liberties}, ` +
              `as bad as ${proposal.target_code}'s (${latest.political_rights}, ${latest.civil_liberties}) or worse`,
          );
        }
      }
    }
  }
  return [...findings.entries()].map(([countryCode, reasons]) => ({ countryCode, reasons })).sort((a, b) => a.countryCode.localeCompare(b.countryCode));
}
