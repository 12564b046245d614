/** One entry of the conformance corpus: a small supergraph of tiny subgraphs written for the test. */
import type { TinySubgraph } from "./tiny-subgraph.js";

export type Operation = { query: string; variables?: Record<string, unknown>; operationName?: string };

export type ConformanceCase = {
  name: string;
  /** The federation features the case exercises, printed with a mismatch. */
  covers: string;
  subgraphs: TinySubgraph[];
  /** Values the operation generator draws arguments from, by input type name (built-in scalars have defaults). */
  values?: Record<string, unknown[]>;
  /** Operations sent on every run beside the generated ones: the findings that made the harness. */
  regressions?: Operation[];
};
