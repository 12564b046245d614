/** Store rows to the graph's objects: the D-10's one place for them. */
import { sourceFromRow } from "../../shared/sources.js";
import type { MeetingRow, ParticipantRow } from "../store.js";
import type { D10Meeting, D10Participant } from "../types/d10.js";

export function toParticipant(row: ParticipantRow): D10Participant {
  return { id: row.id, name: row.name, kind: row.kind, role: row.role, countryCode: row.country_code, source: sourceFromRow(row) };
}

export function toMeeting(row: MeetingRow): D10Meeting {
  return { id: row.id, year: row.year, city: row.city, virtual: row.virtual === 1, hostCode: row.host_code, source: sourceFromRow(row) };
}
