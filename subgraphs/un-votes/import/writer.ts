/**
 * The statements an import uses to write roll calls, issue tags and votes, each telling whether
 * the row was inserted, updated or already there unchanged: re-importing the same data changes
 * nothing and says so.
 */
import type { Db } from "../../shared/store.js";
import type { Outcome } from "../../shared/import/report.js";
import { statement } from "../../shared/statements.js";
import type { RollCallInfo } from "../analytics/vote-index.js";
import type { RollCallRow } from "../store.js";

/**
 * A roll call as an importer hands it over: the hub's roll-call model (vote-index.ts) without what
 * is written separately (issues, sponsors), its flags as stored, and the Digital Library's id.
 */
export type RollCallInput = Pick<RollCallInfo, "rcid" | "session" | "date" | "resolution" | "shortTitle" | "description" | "source"> &
  Pick<RollCallRow, "important" | "amendment" | "paragraph"> & {
    undlId: string | null;
    /** The emergency or special session a vote was held in (`ES-11`), beside the regular session in progress. */
    specialSession?: string | null;
    /** Who submitted the draft when not states (a committee's chair, the President of the Assembly). */
    sponsorNote?: string | null;
  };

export class UnVotesWriter {
  /** Every roll call's date by id: a vote's state follows from it. */
  private readonly knownRollCalls: Map<number, string>;
  private readonly seenCountrySources = new Set<string>();
  private readonly statements;

  constructor(readonly db: Db) {
    this.knownRollCalls = new Map((statement(db, "SELECT rcid, date FROM roll_call").raw().all() as [number, string][]).map(([rcid, date]) => [rcid, date]));
    this.statements = {
      insertRollCall: statement(
        db,
        `INSERT OR IGNORE INTO roll_call (rcid, session, date, resolution, short_title, description, important, amendment, paragraph, source, undl_id,
           special_session, sponsor_note)
         VALUES (@rcid, @session, @date, @resolution, @shortTitle, @description, @important, @amendment, @paragraph, @source, @undlId,
           @specialSession, @sponsorNote)`,
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
      markInUnResolutions: statement(db, "UPDATE roll_call SET in_un_resolutions = 1 WHERE rcid = ? AND in_un_resolutions = 0"),
      setSponsorNote: statement(db, "UPDATE roll_call SET sponsor_note = ? WHERE rcid = ? AND sponsor_note IS NOT ?"),
      sponsorsOf: statement(db, "SELECT country_code, kind FROM roll_call_sponsor WHERE rcid = ? ORDER BY country_code"),
      deleteSponsors: statement(db, "DELETE FROM roll_call_sponsor WHERE rcid = ?"),
      insertSponsor: statement(db, "INSERT OR IGNORE INTO roll_call_sponsor (rcid, country_code, kind) VALUES (?, ?, ?)"),
      insertCountrySource: statement(db, "INSERT OR IGNORE INTO vote_country_source (country_code, source_name, source_code) VALUES (?, ?, ?)"),
    };
  }

  hasRollCall(rcid: number): boolean {
    return this.knownRollCalls.has(rcid);
  }

  /** The day of a roll call this import wrote or the store held; undefined for one it does not know. */
  dateOf(rcid: number): string | undefined {
    return this.knownRollCalls.get(rcid);
  }

  rollCall(row: RollCallInput): Outcome {
    this.knownRollCalls.set(row.rcid, row.date);
    if (this.statements.insertRollCall.run({ specialSession: null, sponsorNote: null, ...row }).changes === 1) return "inserted";
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

  /** Marks a roll call of another source as recorded in the UN's resolution files too; true when that is new. */
  markInUnResolutions(rcid: number): boolean {
    return this.statements.markInUnResolutions.run(rcid).changes === 1;
  }

  /**
   * Sets a roll call's sponsors (states that sponsored the draft, then those that joined as
   * additional sponsors; a state in both counts as a sponsor) and the note of who submitted it
   * when not states. True when anything changed.
   */
  sponsors(rcid: number, sponsors: readonly string[], additional: readonly string[], note: string | null): boolean {
    const wanted = new Map<string, string>();
    for (const code of additional) wanted.set(code, "additional");
    for (const code of sponsors) wanted.set(code, "sponsor");
    const held = this.statements.sponsorsOf.all(rcid) as { country_code: string; kind: string }[];
    const same = held.length === wanted.size && held.every((row) => wanted.get(row.country_code) === row.kind);
    const noteChanged = this.statements.setSponsorNote.run(note, rcid, note).changes === 1;
    if (same) return noteChanged;
    this.statements.deleteSponsors.run(rcid);
    for (const [code, kind] of wanted) this.statements.insertSponsor.run(rcid, code, kind);
    return true;
  }

  /** Records once per import how the source named a country it was mapped from. */
  countrySource(countryCode: string, sourceName: string, sourceCode: string): void {
    const key = `${countryCode}\u0000${sourceName}\u0000${sourceCode}`;
    if (this.seenCountrySources.has(key)) return;
    this.seenCountrySources.add(key);
    this.statements.insertCountrySource.run(countryCode, sourceName, sourceCode);
  }
}
