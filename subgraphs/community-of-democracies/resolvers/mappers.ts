/** Store rows to the graph's objects: the Community of Democracies' one place for them. */
import { sourceFromRow } from "../../shared/sources.js";
import type { FoundingRow, SeatRow, SecretariatRow, WorkingGroupRow } from "../store.js";
import type { Founding, Secretariat, WorkingGroup } from "../types/community-of-democracies.js";
import type { GoverningCouncilSeat } from "../types/country.js";

export function toSeat(row: SeatRow): GoverningCouncilSeat {
  return { countryCode: row.country_code, source: sourceFromRow(row) };
}

export function toWorkingGroup(row: WorkingGroupRow): WorkingGroup {
  return { id: row.id, name: row.name, sinceYear: row.since_year, source: sourceFromRow(row) };
}

export function toSecretariat(row: SecretariatRow): Secretariat {
  return { name: row.name, city: row.city, countryCode: row.country_code, sinceYear: row.since_year, source: sourceFromRow(row) };
}

export function toFounding(row: FoundingRow): Founding {
  return {
    document: row.document,
    city: row.city,
    countryCode: row.country_code,
    startDate: row.start_date,
    endDate: row.end_date,
    signatoryCount: row.signatories,
    source: sourceFromRow(row),
  };
}
