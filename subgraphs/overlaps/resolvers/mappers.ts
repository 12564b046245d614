/** The analyses' results to the graph's objects: the overlaps subgraph's one place for them. */
import { catalogueFields } from "../../shared/datasets/dataset-types.js";
import type { DataSetName } from "../../shared/datasets/catalogue.js";
import type { Overlap, OverlapsEngine } from "../analytics/engine.js";
import type { MembershipOverlap } from "../types/overlaps.js";

export function toOverlap(overlap: Overlap, engine: OverlapsEngine): MembershipOverlap {
  // Hub bodies come from the snapshot read through the gateway (`refreshedAt`); the others from their imports.
  const origins = [...new Set([overlap.a, overlap.b].map((body) => engine.originOf({ activity: null, body })))].filter((origin) => origin !== "hub");
  return {
    ...overlap,
    a: { id: overlap.a.id },
    b: { id: overlap.b.id },
    sharedCodes: overlap.shared,
    onlyInACodes: overlap.onlyInA,
    onlyInBCodes: overlap.onlyInB,
    refreshedAt: engine.snapshot.refreshedAt,
    computedFrom: origins.map((origin) => catalogueFields(origin as DataSetName)),
  };
}
