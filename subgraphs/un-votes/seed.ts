/**
 * Current UN membership and regional groups, taken from the maintained `world-countries`
 * package rather than typed in, with one correction recorded below.
 */
import worldCountriesModule, { type Countries } from "world-countries";
import type { Source } from "../shared/sources.js";

const worldCountries = worldCountriesModule as unknown as Countries;

/**
 * world-countries 5.1.0 flags the Holy See as a UN member. It is a non-member observer state
 * (as is the State of Palestine, which the package already leaves out); the UN has 193 members.
 */
const NOT_MEMBERS_DESPITE_PACKAGE = new Set(["VAT"]);

export const UN_MEMBERSHIP_SOURCE: Source = {
  title: "world-countries 5.1.0 (mledoze/countries): fields unMember and unRegionalGroup",
  url: "https://github.com/mledoze/countries",
  checkedOn: "2026-11-27",
  note: "The Holy See, flagged as a member by the package, is left out: it is a non-member observer state of the UN.",
};

export type UnMemberSeed = { code: string; regionalGroup: string | null };

export const UN_MEMBERSHIP_SEED = {
  name: "un-membership",
  /** Bump when the package or the correction changes, so existing stores take the update. */
  version: 1,
  members: worldCountries
    .filter((country) => country.unMember && !NOT_MEMBERS_DESPITE_PACKAGE.has(country.cca3))
    .map((country): UnMemberSeed => ({ code: country.cca3, regionalGroup: country.unRegionalGroup || null })),
};
