/**
 * Schema step 6: the General Assembly record to 2026 from two sources.
 * - roll_call takes a third source, the UN's own machine-readable resolutions (`un-resolutions`),
 *   which SQLite lets a CHECK accept only by copying the table; it also says in which emergency or
 *   special session a vote was held, whether the UN's resolutions record the same vote too, and a
 *   draft's sponsor when that is a committee or an officer rather than states.
 * - roll_call_sponsor: the states that sponsored the draft, and those that joined as additional
 *   sponsors.
 * - Votes the unvotes data names "Yugoslavia" (YU) were filed under YUG whatever their date; a
 *   vote is now filed under the state that cast it (see import/vote-countries.ts), so votes of
 *   existing stores dated after Yugoslavia became Serbia and Montenegro (4 February 2003) move to
 *   SCG, and from 5 June 2006 to Serbia. The dates are those of platform/countries/historical-states.ts.
 */
import type { Migration } from "../shared/store.js";

export const RECORD_TO_2026_MIGRATION: Migration = {
  name: "roll calls from the UN's resolutions, sponsors, and Yugoslavia's successors",
  rebuildsTables: true,
  sql: `
    CREATE TABLE roll_call_v6 (
      rcid INTEGER PRIMARY KEY,
      session INTEGER NOT NULL,
      date TEXT NOT NULL,
      resolution TEXT,
      short_title TEXT,
      description TEXT,
      important INTEGER CHECK (important IN (0, 1)),
      amendment INTEGER CHECK (amendment IN (0, 1)),
      paragraph INTEGER CHECK (paragraph IN (0, 1)),
      source TEXT NOT NULL CHECK (source IN ('unvotes', 'undl', 'un-resolutions')),
      undl_id TEXT UNIQUE,
      special_session TEXT,
      in_un_resolutions INTEGER NOT NULL DEFAULT 0 CHECK (in_un_resolutions IN (0, 1)),
      sponsor_note TEXT
    );
    INSERT INTO roll_call_v6 (rcid, session, date, resolution, short_title, description, important, amendment, paragraph, source, undl_id)
      SELECT rcid, session, date, resolution, short_title, description, important, amendment, paragraph, source, undl_id FROM roll_call;
    DROP TABLE roll_call;
    ALTER TABLE roll_call_v6 RENAME TO roll_call;
    CREATE INDEX roll_call_order ON roll_call (date, rcid);
    CREATE TABLE roll_call_sponsor (
      rcid INTEGER NOT NULL REFERENCES roll_call (rcid),
      country_code TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('sponsor', 'additional')),
      PRIMARY KEY (rcid, country_code)
    ) WITHOUT ROWID;
    UPDATE OR IGNORE vote SET country_code = CASE WHEN (SELECT date FROM roll_call r WHERE r.rcid = vote.rcid) < '2006-06-05' THEN 'SCG' ELSE 'SRB' END
      WHERE country_code = 'YUG' AND (SELECT date FROM roll_call r WHERE r.rcid = vote.rcid) >= '2003-02-04';
    -- Left only where another source had already filed the successor's vote on the same roll call.
    DELETE FROM vote WHERE country_code = 'YUG' AND (SELECT date FROM roll_call r WHERE r.rcid = vote.rcid) >= '2003-02-04';
    INSERT OR IGNORE INTO vote_country_source (country_code, source_name, source_code)
      SELECT DISTINCT v.country_code, s.source_name, s.source_code FROM vote v JOIN vote_country_source s ON s.country_code = 'YUG' AND s.source_code = 'YU'
      WHERE v.country_code IN ('SCG', 'SRB');
  `,
};
