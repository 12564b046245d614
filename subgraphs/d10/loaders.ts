/**
 * Per-request DataLoaders of the d10 subgraph. Each batch function makes one store call and
 * answers in key order. Made fresh for every request, so no request sees another's cache.
 */
import DataLoader from "dataloader";
import { groupedLoader, singleValueLoader } from "../shared/loaders.js";
import { composeCountries } from "../platform/countries/reference.js";
import { toMeeting, toParticipant } from "./resolvers/mappers.js";
import type { D10Store } from "./store.js";
import type { Country } from "./types/country.js";
import type { D10Role } from "./types/enums.js";

export type D10Loaders = ReturnType<typeof createD10Loaders>;
export type D10Context = { loaders: D10Loaders };

export function createD10Loaders(store: D10Store) {
  return {
    country: new DataLoader<string, Country | null>(async (codes) =>
      composeCountries(
        codes,
        (known) => new Map(store.participantsForCountries(known).map((row) => [row.country_code!, row])),
        (record, participant) => ({ ...record, d10Role: participant?.role ?? null }),
      ),
    ),
    participantsByRole: groupedLoader(
      (roles: readonly D10Role[]) => store.participantsWithRoles(roles),
      (row) => row.role as D10Role,
      toParticipant,
    ),
    meetingsByHost: groupedLoader(
      (codes: readonly string[]) => store.meetingsHostedBy(codes),
      // Every row read for a host code has one; a virtual meeting's null never matches a key.
      (row) => row.host_code ?? "",
      toMeeting,
    ),
    allMeetings: singleValueLoader(() => store.allMeetings().map(toMeeting)),
    activities: singleValueLoader(() => store.activities()),
  };
}
