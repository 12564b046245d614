/** The whole General Assembly record as a fresh clone's first start imports it: the Voeten record, then the UN's resolution files. */
import { importUnResolutionsInto, importUnVotes } from "../subgraphs/un-votes/import/import-un-votes.js";
import type { UnVotesStore } from "../subgraphs/un-votes/store.js";
import { generalAssemblyRecord } from "./shared-data.js";

export async function importGeneralAssemblyRecord(store: UnVotesStore): Promise<void> {
  const record = generalAssemblyRecord();
  await importUnVotes(store, record.voeten, { progress: null });
  await importUnResolutionsInto(store, record.resolutions, { progress: null });
}
