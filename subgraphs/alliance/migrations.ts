/**
 * The alliance store's schema, one migration step per version (shared/store.ts applies the steps a
 * store has not had yet, counted by SQLite's user_version). Steps are only ever appended: a store
 * written by an earlier release continues from the version it is at.
 *
 * Version 2 created the record of every capability at once. It stays one step, so that its
 * number keeps meaning what existing stores recorded, but each capability's tables are declared
 * apart below.
 */
import { IMPORT_LOG_MIGRATION } from "../shared/datasets/import-log.js";
import { UPSTREAM_STATE_MIGRATION } from "../shared/refresh/upstream-state.js";
import { ACTIVITY_TABLE_SQL } from "../shared/activities.js";
import type { Migration } from "../shared/store.js";

/** Freedom House and V-Dem ratings, one row per country and year rated. */
const RATINGS_SQL = `
  -- Freedom House "Freedom in the World": one row per country and year rated.
  CREATE TABLE freedom_rating (
    country_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    political_rights INTEGER NOT NULL CHECK (political_rights BETWEEN 1 AND 7),
    civil_liberties INTEGER NOT NULL CHECK (civil_liberties BETWEEN 1 AND 7),
    status TEXT NOT NULL CHECK (status IN ('FREE', 'PARTLY_FREE', 'NOT_FREE')),
    source_name TEXT NOT NULL,
    PRIMARY KEY (country_code, year)
  ) WITHOUT ROWID;
  -- V-Dem Regimes of the World: 0 closed autocracy, 1 electoral autocracy, 2 electoral democracy, 3 liberal democracy.
  CREATE TABLE regime_rating (
    country_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    regime INTEGER NOT NULL CHECK (regime BETWEEN 0 AND 3),
    source_name TEXT NOT NULL,
    PRIMARY KEY (country_code, year)
  ) WITHOUT ROWID;
`;

/** What every membership decision rested on. */
const DECISION_EVIDENCE_SQL = `
  -- What every decision rested on: the eligibility assessment at the time, and any override.
  ALTER TABLE membership_decision ADD COLUMN policy TEXT;
  ALTER TABLE membership_decision ADD COLUMN evidence TEXT;
  ALTER TABLE membership_decision ADD COLUMN override_reason TEXT;
`;

/** The audit log. */
const AUDIT_SQL = `
  -- One row per mutation, written in the mutation's own transaction.
  CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL
  );
`;

/** The UN Democracy Caucus's recorded changes. */
const CAUCUS_SQL = `
  -- The UN Democracy Caucus: the Alliance's members, plus or minus recorded changes.
  CREATE TABLE caucus_change (
    id INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('ADD', 'REMOVE')),
    decided_on TEXT NOT NULL,
    grounds TEXT NOT NULL,
    recorded_by TEXT NOT NULL
  );
`;

/** The networks' participants and the proposals of all three constituencies. */
const NETWORKS_SQL = `
  -- Parliamentarians, civil society organisations and opposition leaders, from any country.
  CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('PARLIAMENTARIAN', 'CIVIL_SOCIETY_ORGANIZATION', 'OPPOSITION_LEADER')),
    name TEXT NOT NULL,
    country_code TEXT NOT NULL,
    chamber TEXT,
    party TEXT,
    in_government INTEGER CHECK (in_government IN (0, 1)),
    description TEXT,
    registered_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL
  );

  CREATE TABLE proposal (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    submitter TEXT NOT NULL,
    constituency TEXT NOT NULL CHECK (constituency IN ('GOVERNMENTS', 'PARLIAMENTARY_NETWORK', 'CIVIL_SOCIETY_NETWORK')),
    submitted_at TEXT NOT NULL
  );
  CREATE TABLE proposal_sponsor (
    proposal_id INTEGER NOT NULL REFERENCES proposal (id),
    sponsor TEXT NOT NULL,
    constituency TEXT NOT NULL,
    sponsored_at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, sponsor)
  ) WITHOUT ROWID;
  CREATE TABLE proposal_vote (
    proposal_id INTEGER NOT NULL REFERENCES proposal (id),
    voter TEXT NOT NULL,
    constituency TEXT NOT NULL,
    position TEXT NOT NULL CHECK (position IN ('YES', 'NO', 'ABSTAIN')),
    cast_at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, voter)
  ) WITHOUT ROWID;
`;

/** The citizens' assembly: sessions, members, recommendations, responses. */
const ASSEMBLY_SQL = `
  CREATE TABLE assembly_session (id INTEGER PRIMARY KEY, title TEXT NOT NULL, opened_on TEXT NOT NULL, location TEXT);
  CREATE TABLE assembly_member (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES assembly_session (id),
    name TEXT NOT NULL,
    residence_code TEXT NOT NULL
  );
  CREATE TABLE recommendation (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES assembly_session (id),
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('INTERNAL', 'EXTERNAL')),
    adopted_on TEXT NOT NULL
  );
  CREATE TABLE recommendation_response (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendation (id),
    status TEXT NOT NULL CHECK (status IN ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'UNDER_CONSIDERATION')),
    text TEXT NOT NULL,
    responded_by TEXT NOT NULL,
    responded_on TEXT NOT NULL
  );
`;

/** Sanctions: evidence, proposals, votes. */
const SANCTIONS_SQL = `
  -- Recorded evidence of gross human rights abuses or interference in a member's democratic process.
  CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL,
    grounds TEXT NOT NULL CHECK (grounds IN ('GROSS_HUMAN_RIGHTS_ABUSES', 'INTERFERENCE_IN_DEMOCRATIC_PROCESS')),
    description TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_url TEXT,
    observed_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL
  );
  CREATE TABLE sanction_proposal (
    id INTEGER PRIMARY KEY,
    target_code TEXT NOT NULL,
    grounds TEXT NOT NULL CHECK (grounds IN ('GROSS_HUMAN_RIGHTS_ABUSES', 'INTERFERENCE_IN_DEMOCRATIC_PROCESS')),
    measures TEXT NOT NULL,
    evidence_ids TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL
  );
  CREATE TABLE sanction_vote (
    proposal_id INTEGER NOT NULL REFERENCES sanction_proposal (id),
    country_code TEXT NOT NULL,
    position TEXT NOT NULL CHECK (position IN ('YES', 'NO', 'ABSTAIN')),
    cast_at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, country_code)
  ) WITHOUT ROWID;
`;

/** The UNPA and UN World Citizens' Initiative campaigns. */
const CAMPAIGNS_SQL = `
  -- Endorsements of the campaigns for a UN Parliamentary Assembly and a UN World Citizens' Initiative.
  CREATE TABLE endorsement (
    id INTEGER PRIMARY KEY,
    campaign TEXT NOT NULL CHECK (campaign IN ('UN_PARLIAMENTARY_ASSEMBLY', 'UN_WORLD_CITIZENS_INITIATIVE')),
    endorser_kind TEXT NOT NULL CHECK (endorser_kind IN ('GOVERNMENT', 'PARLIAMENT', 'ORGANIZATION')),
    endorser_name TEXT NOT NULL,
    country_code TEXT,
    endorsed_on TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_url TEXT,
    recorded_by TEXT NOT NULL
  );
`;

export const ALLIANCE_MIGRATIONS: readonly Migration[] = [
  {
    name: "membership decisions",
    // Decisions are appended, never edited: a state's status is its latest decision.
    sql: `
      CREATE TABLE membership_decision (
        id INTEGER PRIMARY KEY,
        country_code TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('APPLICANT', 'MEMBER', 'SUSPENDED', 'WITHDRAWN')),
        decided_on TEXT NOT NULL,
        grounds TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX membership_decision_country ON membership_decision (country_code, id);
    `,
  },
  {
    name: "the record of every capability (its tables declared apart above)",
    sql: [RATINGS_SQL, DECISION_EVIDENCE_SQL, AUDIT_SQL, CAUCUS_SQL, NETWORKS_SQL, ASSEMBLY_SQL, SANCTIONS_SQL, CAMPAIGNS_SQL].join("\n"),
  },
  { name: "activities", sql: ACTIVITY_TABLE_SQL },
  IMPORT_LOG_MIGRATION,
  UPSTREAM_STATE_MIGRATION,
  {
    name: "recorder labels",
    // What everyone but the secretariat sees of who recorded a decision: the recorder's role, never
    // its token subject. Rows recorded before take the role their recorder had in the audit log.
    sql: `
      ALTER TABLE membership_decision ADD COLUMN recorder_label TEXT;
      ALTER TABLE caucus_change ADD COLUMN recorder_label TEXT;
      UPDATE membership_decision SET recorder_label = (
        SELECT CASE a.role WHEN 'SECRETARIAT' THEN 'secretariat' ELSE 'delegate of ' || membership_decision.country_code END
        FROM audit_entry a WHERE a.actor = membership_decision.recorded_by ORDER BY a.id LIMIT 1);
      UPDATE caucus_change SET recorder_label = 'secretariat';
    `,
  },
  {
    name: "audit entries owned by a delegation",
    // The hub's one audit log model (shared/audit-log.ts): each entry also says which delegation
    // a delegate acted for. Entries written before keep null: the owner was not recorded.
    sql: "ALTER TABLE audit_entry ADD COLUMN owner_country TEXT;",
  },
];
