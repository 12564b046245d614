/**
 * Demand control declared where the data is: Federation 2.9's `@listSize` and `@cost` on the
 * subgraphs' fields. Composition carries them into the supergraph, where the gateway's cost check
 * (gateway/security/cost-model.ts) reads them, and so can any router that enforces them (Hive
 * Gateway's demand control, Apollo Router's). A list is priced at the size its data can reach,
 * and a field at the work it does where that differs from what it returns; tests/cost-sizes.test.ts
 * checks every declared size against the real data, so a size falls behind the data only with a
 * failing test.
 */
import { Directive } from "type-graphql";
import { allCountries } from "../platform/countries/reference.js";

/** The most members any body has: the United Nations' 193 (the largest membership in the registry, the EU's, the informal groups' and the hub's own). */
export const LARGEST_MEMBERSHIP = 193;

/** The most dated membership spells of one body: 234 for the registry's PIARC (measured December 2026), with room for a few more. */
export const MOST_MEMBERSHIP_SPELLS = 300;

/** The most activities of one body: 268 for the US government's democracy-support programmes (measured December 2026), with room. */
export const MOST_ACTIVITIES = 400;

/** One item a year from `firstYear` to this year's: a yearly series grows by one each year without a change here. */
export const yearsSince = (firstYear: number) => new Date().getUTCFullYear() - firstYear + 1;

/** One General Assembly session a year since 1946. */
export const GENERAL_ASSEMBLY_SESSIONS = yearsSince(1946);
/** Freedom in the World rates years from 1972 on; V-Dem's Regimes of the World from 1789. */
export const FREEDOM_HOUSE_FIRST_YEAR = 1972;
export const VDEM_FIRST_YEAR = 1789;

/** The most states a group given by codes can hold: every state the hub knows (duplicates are ignored). */
export const LARGEST_GROUP = allCountries().length;

/** Every unordered pair of a group of `members`. */
export const pairsOf = (members: number) => (members * (members - 1)) / 2;

/** A list that holds at most `size` items whatever the request asks. */
export const sizedList = (size: number) => Directive(`@listSize(assumedSize: ${size})`);

/** A connection: its `edges` and `nodes` hold as many items as its `first` argument asks for. */
export const pagedList = () => Directive(`@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])`);

/**
 * A field whose lists (`sizedFields`) hold one item per member of a group of at most `size`,
 * such as a group's analysis: each of those lists is priced at `size`.
 */
export const perMemberLists = (size: number, sizedFields: readonly string[]) =>
  Directive(`@listSize(assumedSize: ${size}, sizedFields: [${sizedFields.map((field) => `"${field}"`).join(", ")}])`);

/** A field that costs `weight` units of work beyond what it returns (an analysis that replays the record). */
export const workCost = (weight: number) => Directive(`@cost(weight: ${weight})`);
