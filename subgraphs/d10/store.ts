/** The d10 subgraph's own SQLite store: participants and meetings of the forum. */
import { applySeedOnce, openStore, upsertRows, type Db, type Migration, SubgraphStore } from "../shared/store.js";
import { SOURCE_COLUMNS_SQL, sourceColumns, type SourceRow } from "../shared/sources.js";
import { ACTIVITY_TABLE_SQL, readActivities, activitiesSeed } from "../shared/activities.js";
import type { ActivityRecord } from "../shared/bodies/Activity.js";
import { bodyOfActivity, D10_ACTIVITIES_SEED, D10_SEED } from "./seed.js";
import type { D10ParticipantKind, D10Role } from "./types/enums.js";
import { statement } from "../shared/statements.js";

const MIGRATIONS: readonly Migration[] = [
  {
    name: "participants and meetings",
    sql: `
      CREATE TABLE participant (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('STATE', 'SUPRANATIONAL_UNION')),
        role TEXT NOT NULL CHECK (role IN ('PARTICIPANT', 'OBSERVER')),
        country_code TEXT UNIQUE,
        ${SOURCE_COLUMNS_SQL},
        CHECK ((kind = 'STATE') = (country_code IS NOT NULL))
      );
      CREATE TABLE meeting (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        city TEXT,
        host_code TEXT,
        virtual INTEGER NOT NULL CHECK (virtual IN (0, 1)),
        ${SOURCE_COLUMNS_SQL}
      );
      CREATE INDEX meeting_host ON meeting (host_code);
    `,
  },
  { name: "activities", sql: ACTIVITY_TABLE_SQL },
];

export type ParticipantRow = SourceRow & { id: string; name: string; kind: D10ParticipantKind; role: D10Role; country_code: string | null };
export type MeetingRow = SourceRow & { id: string; year: number; city: string | null; host_code: string | null; virtual: 0 | 1 };

export class D10Store extends SubgraphStore {
  private readonly participantsByCountry;
  private readonly participantsByRole;
  private readonly meetingsByHost;
  private readonly meetings;

  constructor(db: Db) {
    super(db);
    // Statements take a JSON array of keys, so one prepared statement serves a batch of any size.
    this.participantsByCountry = statement<[string], ParticipantRow>(db, "SELECT * FROM participant WHERE country_code IN (SELECT value FROM json_each(?))");
    this.participantsByRole = statement<[string], ParticipantRow>(
      db,
      "SELECT * FROM participant WHERE role IN (SELECT value FROM json_each(?)) ORDER BY kind, id",
    );
    this.meetingsByHost = statement<[string], MeetingRow>(db, "SELECT * FROM meeting WHERE host_code IN (SELECT value FROM json_each(?)) ORDER BY year, id");
    this.meetings = statement<[], MeetingRow>(db, "SELECT * FROM meeting ORDER BY year, id");
  }

  participantsForCountries(codes: readonly string[]): ParticipantRow[] {
    return this.participantsByCountry.all(JSON.stringify(codes));
  }

  participantsWithRoles(roles: readonly D10Role[]): ParticipantRow[] {
    return this.participantsByRole.all(JSON.stringify(roles));
  }

  meetingsHostedBy(codes: readonly string[]): MeetingRow[] {
    return this.meetingsByHost.all(JSON.stringify(codes));
  }

  /** Activities of the D-10 and of the structures beside it, each with its own body id. */
  activities(): ActivityRecord[] {
    return readActivities(this.db, bodyOfActivity);
  }

  allMeetings(): MeetingRow[] {
    return this.meetings.all();
  }
}

export function openD10Store(file: string): D10Store {
  const db = openStore(file, MIGRATIONS);
  applySeedOnce(db, {
    name: D10_SEED.name,
    version: D10_SEED.version,
    apply(db) {
      const source = sourceColumns(D10_SEED.source);
      upsertRows(
        db,
        "participant",
        ["id"],
        D10_SEED.participants.map((p) => ({ id: p.id, name: p.name, kind: p.kind, role: p.role, country_code: p.countryCode, ...source })),
      );
      upsertRows(
        db,
        "meeting",
        ["id"],
        D10_SEED.meetings.map((m) => ({ id: m.id, year: m.year, city: m.city, host_code: m.hostCode, virtual: m.virtual ? 1 : 0, ...source })),
      );
    },
  });
  applySeedOnce(db, activitiesSeed(D10_ACTIVITIES_SEED));
  return new D10Store(db);
}
