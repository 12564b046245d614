/**
 * The stores the gateway benchmark serves: the real reference data (../shared/data, else the
 * bundled snapshot of it) imported as a first `npm start` would, every data set before the hub
 * starts so that no import runs while gateways are measured, plus the DEMONSTRATION alliance
 * members that `npm run example:admit-eligible` admits (the caucus workloads need members).
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
import { importUnResolutionsInto, importUnVotes } from "../../../subgraphs/un-votes/import/import-un-votes.js";
import { STRUCTURE_IMPORTS } from "../../../subgraphs/overlaps/structures-startup.js";
import { generalAssemblyRecord, realData, type RealDataSet } from "../../shared-data.js";
import { openUnVotesStore } from "../../../subgraphs/un-votes/store.js";
import { UN_MEMBERSHIP_SEED } from "../../../subgraphs/un-votes/seed.js";

export async function prepareBenchData(hubData: string): Promise<void> {
  const record = generalAssemblyRecord();
  const unVotes = openUnVotesStore(path.join(hubData, "un-votes.sqlite"));
  await importUnVotes(unVotes, record.voeten, { progress: null });
  await importUnResolutionsInto(unVotes, record.resolutions, { progress: null });
  unVotes.close();
  const alliance = openAllianceStore(path.join(hubData, "alliance.sqlite"));
  await importFreedomHouse(alliance.db, realData("freedomhouse"), { progress: null });
  await importVdem(alliance.db, realData("vdem"), { progress: null });
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
  await importCowIgo(overlaps, realData("cow_igo"), { progress: null });
  for (const { dataSet, sharedFolder, run } of STRUCTURE_IMPORTS) {
    await overlaps.whileImporting(dataSet, () => run(overlaps, realData(sharedFolder as RealDataSet)));
  }
  overlaps.close();
}
