/** The community-of-democracies subgraph's own SQLite store. */
import { applySeedOnce, openStore, upsertRows, type Db, type Migration, SubgraphStore } from "../shared/store.js";
import { SOURCE_COLUMNS_SQL, sourceColumns, type SourceRow } from "../shared/sources.js";
import { ACTIVITY_TABLE_SQL, readActivities, activitiesSeed } from "../shared/activities.js";
import type { ActivityRecord } from "../shared/bodies/Activity.js";
import { COD_ACTIVITIES_SEED, COD_SEED } from "./seed.js";
import { statement } from "../shared/statements.js";

const MIGRATIONS: readonly Migration[] = [
  {
    name: "governing council, working groups, secretariat, founding",
    sql: `
      CREATE TABLE governing_council_seat (country_code TEXT PRIMARY KEY, ${SOURCE_COLUMNS_SQL});
      CREATE TABLE working_group (id TEXT PRIMARY KEY, name TEXT NOT NULL, since_year INTEGER, ${SOURCE_COLUMNS_SQL});
      -- One row each: the institution has one secretariat and one founding act.
      CREATE TABLE secretariat (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, city TEXT NOT NULL,
        country_code TEXT NOT NULL, since_year INTEGER NOT NULL, ${SOURCE_COLUMNS_SQL});
      CREATE TABLE founding (id INTEGER PRIMARY KEY CHECK (id = 1), document TEXT NOT NULL, city TEXT NOT NULL,
        country_code TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, signatories INTEGER NOT NULL, ${SOURCE_COLUMNS_SQL});
    `,
  },
  { name: "activities", sql: ACTIVITY_TABLE_SQL },
];

export type SeatRow = SourceRow & { country_code: string };
export type WorkingGroupRow = SourceRow & { id: string; name: string; since_year: number | null };
export type SecretariatRow = SourceRow & { name: string; city: string; country_code: string; since_year: number };
export type FoundingRow = SourceRow & { document: string; city: string; country_code: string; start_date: string; end_date: string; signatories: number };

export class CodStore extends SubgraphStore {
  private readonly seatsByCountry;
  private readonly seats;
  private readonly workingGroups;
  private readonly secretariat;
  private readonly founding;

  constructor(db: Db) {
    super(db);
    this.seatsByCountry = statement<[string], SeatRow>(db, "SELECT * FROM governing_council_seat WHERE country_code IN (SELECT value FROM json_each(?))");
    this.seats = statement<[], SeatRow>(db, "SELECT * FROM governing_council_seat ORDER BY country_code");
    this.workingGroups = statement<[], WorkingGroupRow>(db, "SELECT * FROM working_group ORDER BY name");
    this.secretariat = statement<[], SecretariatRow>(db, "SELECT * FROM secretariat WHERE id = 1");
    this.founding = statement<[], FoundingRow>(db, "SELECT * FROM founding WHERE id = 1");
  }

  seatsForCountries(codes: readonly string[]): SeatRow[] {
    return this.seatsByCountry.all(JSON.stringify(codes));
  }

  allSeats(): SeatRow[] {
    return this.seats.all();
  }

  allWorkingGroups(): WorkingGroupRow[] {
    return this.workingGroups.all();
  }

  secretariatRow(): SecretariatRow | undefined {
    return this.secretariat.get();
  }

  activities(): ActivityRecord[] {
    return readActivities(this.db, () => "community-of-democracies");
  }

  foundingRow(): FoundingRow | undefined {
    return this.founding.get();
  }
}

export function openCodStore(file: string): CodStore {
  const db = openStore(file, MIGRATIONS);
  applySeedOnce(db, {
    name: COD_SEED.name,
    version: COD_SEED.version,
    apply(db) {
      const source = sourceColumns(COD_SEED.source);
      upsertRows(
        db,
        "governing_council_seat",
        ["country_code"],
        COD_SEED.governingCouncil.map((code) => ({ country_code: code, ...source })),
      );
      upsertRows(
        db,
        "working_group",
        ["id"],
        COD_SEED.workingGroups.map((group) => ({ id: group.id, name: group.name, since_year: group.sinceYear, ...source })),
      );
      const { secretariat, founding } = COD_SEED;
      upsertRows(
        db,
        "secretariat",
        ["id"],
        [{ id: 1, name: secretariat.name, city: secretariat.city, country_code: secretariat.countryCode, since_year: secretariat.sinceYear, ...source }],
      );
      upsertRows(
        db,
        "founding",
        ["id"],
        [
          {
            id: 1,
            document: founding.document,
            city: founding.city,
            country_code: founding.countryCode,
            start_date: founding.startDate,
            end_date: founding.endDate,
            signatories: founding.signatories,
            ...source,
          },
        ],
      );
    },
  });
  applySeedOnce(db, activitiesSeed(COD_ACTIVITIES_SEED));
  return new CodStore(db);
}
