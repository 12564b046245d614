/**
 * The stores the gateway benchmark serves: the real reference data imported as `npm run import`
 * would, plus the DEMONSTRATION alliance members that `npm run example:admit-eligible` admits (the
 * caucus workloads need members).
 */
import path from "node:path";
import { Role } from "../../../subgraphs/shared/auth.js";
import { allianceCommands } from "../../../subgraphs/alliance/commands/index.js";
import { EligibilityPolicy } from "../../../subgraphs/alliance/rules/eligibility.js";
import { importFreedomHouse, importVdem } from "../../../subgraphs/alliance/import/ratings-import.js";
import { openAllianceStore } from "../../../subgraphs/alliance/store.js";
import { importCowIgo } from "../../../subgraphs/overlaps/import/cow-import.js";
import { openOverlapsStore } from "../../../subgraphs/overlaps/store.js";
import { allCountries } from "../../../subgraphs/platform/countries/reference.js";
import { importUnVotes } from "../../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../../subgraphs/un-votes/store.js";
import { UN_MEMBERSHIP_SEED } from "../../../subgraphs/un-votes/seed.js";

export async function prepareBenchData(dataDir: string, hubData: string): Promise<void> {
  const unVotes = openUnVotesStore(path.join(hubData, "un-votes.sqlite"));
  await importUnVotes(unVotes, path.join(dataDir, "unvotes"), { progress: null });
  unVotes.close();
  const alliance = openAllianceStore(path.join(hubData, "alliance.sqlite"));
  await importFreedomHouse(alliance.db, path.join(dataDir, "freedomhouse"), { progress: null });
  await importVdem(alliance.db, path.join(dataDir, "vdem"), { progress: null });
  const commands = allianceCommands(alliance, EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE);
  const actor = { id: "benchmark", roles: [Role.SECRETARIAT], country: null, participant: null };
  const un = new Set(UN_MEMBERSHIP_SEED.members.map((m) => m.code));
  for (const country of allCountries().filter((c) => un.has(c.code))) {
    if (commands.membership.assessment(country.code, EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE).eligible !== true) continue;
    commands.membership.decide(actor, { action: "apply", countryCode: country.code, grounds: "DEMONSTRATION (benchmark)" });
    commands.membership.decide(actor, { action: "admit", countryCode: country.code, grounds: "DEMONSTRATION (benchmark)" });
  }
  alliance.close();
  const overlaps = openOverlapsStore(path.join(hubData, "overlaps.sqlite"));
  await importCowIgo(overlaps, path.join(dataDir, "cow_igo"), { progress: null });
  overlaps.close();
}
