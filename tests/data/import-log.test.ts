/** How an import's source is shown in the graph (`DataSet.importedFrom`). */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledSnapshot } from "../../subgraphs/shared/bundled-data.js";
import { describeSource } from "../../subgraphs/shared/datasets/import-log.js";

describe("describeSource", () => {
  it("names the bundled snapshot, keeps a URL, and shows a local path by its last two parts", () => {
    expect(describeSource(bundledSnapshot("un-votes"), "un-votes")).toBe("bundled snapshot (subgraphs/un-votes/data)");
    expect(describeSource(path.join(bundledSnapshot("alliance"), "fh_status_1972-2023.csv.gz"), "alliance")).toBe("bundled snapshot (subgraphs/alliance/data)");
    expect(describeSource("https://example.org/data/un_votes.csv", "un-votes")).toBe("https://example.org/data/un_votes.csv");
    expect(describeSource("/home/someone/private/shared/data/unvotes", "un-votes")).toBe(path.join("data", "unvotes"));
  });
});
