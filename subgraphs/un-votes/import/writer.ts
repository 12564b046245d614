/**
 * The statements an import uses to write roll calls, issue tags and votes, each telling whether
 * the row was inserted, updated or already there unchanged: re-importing the same data changes
 * nothing and says so.
 */
import type { Db } from "../../shared/store.js";
import type { Outcome } from "../../shared/import/report.js";
import { statement } from "../../shared/statements.js";

export type RollCallInput = {
  rcid: number;
  session: number;
  date: string;
  resolution: string | null;
  shortTitle: string | null;
  description: string | null;
  important: 0 | 1 | null;
  amendment: 0 | 1 | null;
  paragraph: 0 | 1 | null;
  source: "unvotes" | "undl";
  undlId: string | null;
};

export class UnVotesWriter {
  private readonly knownRollCalls: Set<number>;
  private readonly seenCountrySources = new Set<string>();
  private readonly statements;

  constructor(readonly db: Db) {
    this.knownRollCalls = new Set(statement(db, "SELECT rcid FROM roll_call").pluck().all() as number[]);
    this.statements = {
      insertRollCall: statement(
        db,
        `INSERT OR IGNORE INTO roll_call (rcid, session, date, resolution, short_title, description, important, amendment, paragraph, source, undl_id)
         VALUES (@rcid, @session, @date, @resolution, @shortTitle, @description, @important, @amendment, @paragraph, @source, @undlId)`,
      ),
      updateRollCall: statement(
        db,
        `UPDATE roll_call SET session = @session, date = @date, resolution = @resolution, short_title = @shortTitle, description = @description,
           important = @important, amendment = @amendment, paragraph = @paragraph
         WHERE rcid = @rcid AND (session IS NOT @session OR date IS NOT @date OR resolution IS NOT @resolution OR short_title IS NOT @shortTitle
           OR description IS NOT @description OR important IS NOT @important OR amendment IS NOT @amendment OR paragraph IS NOT @paragraph)`,
      ),
      linkUndl: statement(db, "UPDATE roll_call SET undl_id = ? WHERE rcid = ? AND undl_id IS NOT ?"),
      insertIssue: statement(db, "INSERT OR IGNORE INTO roll_call_issue (rcid, issue) VALUES (?, ?)"),
      insertVote: statement(db, "INSERT OR IGNORE INTO vote (rcid, country_code, vote) VALUES (?, ?, ?)"),
      updateVote: statement(db, "UPDATE vote SET vote = ? WHERE rcid = ? AND country_code = ? AND vote <> ?"),
      insertNonVote: statement(db, "INSERT OR IGNORE INTO non_vote (rcid, country_code) VALUES (?, ?)"),
      insertCountrySource: statement(db, "INSERT OR IGNORE INTO vote_country_source (country_code, source_name, source_code) VALUES (?, ?, ?)"),
    };
  }

  hasRollCall(rcid: number): boolean {
    return this.knownRollCalls.has(rcid);
  }

  rollCall(row: RollCallInput): Outcome {
    this.knownRollCalls.add(row.rcid);
    if (this.statements.insertRollCall.run(row).changes === 1) return "inserted";
    const updated = this.statements.updateRollCall.run(row).changes === 1;
    const linked = row.undlId !== null && this.statements.linkUndl.run(row.undlId, row.rcid, row.undlId).changes === 1;
    return updated || linked ? "updated" : "unchanged";
  }

  issue(rcid: number, issue: string): Outcome {
    return this.statements.insertIssue.run(rcid, issue).changes === 1 ? "inserted" : "unchanged";
  }

  vote(rcid: number, countryCode: string, vote: 1 | 2 | 3): Outcome {
    if (this.statements.insertVote.run(rcid, countryCode, vote).changes === 1) return "inserted";
    return this.statements.updateVote.run(vote, rcid, countryCode, vote).changes === 1 ? "updated" : "unchanged";
  }

  nonVote(rcid: number, countryCode: string): Outcome {
    return this.statements.insertNonVote.run(rcid, countryCode).changes === 1 ? "inserted" : "unchanged";
  }

  /** Records once per import how the source named a country it was mapped from. */
  countrySource(countryCode: string, sourceName: string, sourceCode: string): void {
    const key = `${countryCode}\u0000${sourceName}\u0000${sourceCode}`;
    if (this.seenCountrySources.has(key)) return;
    this.seenCountrySources.add(key);
    this.statements.insertCountrySource.run(countryCode, sourceName, sourceCode);
  }
}
