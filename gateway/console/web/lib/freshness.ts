/** The footer of every page: which data the hub holds and how fresh it is (Query.dataSets). */
import { h } from "./dom.js";
import { describeErrors, request, type ResultOf } from "./graphql.js";

export type DataSetInfo = NonNullable<ResultOf<"DataSets">["dataSets"]>[number];

export async function loadDataSets(): Promise<{ dataSets: DataSetInfo[]; problem: string | null }> {
  const answer = await request("DataSets", {});
  return { dataSets: answer.data?.dataSets ?? [], problem: answer.errors.length > 0 ? describeErrors(answer.errors) : null };
}

export async function showFreshness(): Promise<void> {
  const footer = document.getElementById("data-freshness");
  if (!footer) return;
  const { dataSets, problem } = await loadDataSets();
  const parts = dataSets.map((set) => `${set.title ?? set.name}: ${set.importInProgress ? "importing now, " : ""}${importedOn(set)}`);
  footer.replaceChildren(h("p", {}, problem && parts.length === 0 ? `Data sets: unavailable (${problem})` : `Data: ${parts.join(" · ")}`));
}

function importedOn(set: DataSetInfo): string {
  return set.importedAt ? `imported ${set.importedAt.slice(0, 10)}, latest record ${set.latestRecordDate ?? "n/a"}` : "not imported";
}
