/** Modules the build generates (gateway/console/build-console.ts). */
declare module "console:operations" {
  /** Operation name → text, from web/operations. */
  const operations: Record<string, string>;
  export default operations;
}
declare module "console:schema" {
  /** schema/api.graphql. */
  const sdl: string;
  export default sdl;
}
declare module "console:readme-operations" {
  const operations: { title: string; query: string }[];
  export default operations;
}
declare module "console:world-shapes" {
  import type { Topology } from "topojson-specification";
  const topology: Topology;
  export default topology;
}
declare module "console:whip-accuracy" {
  /** The README's latest `npm run eval:whip` summary (gateway/console/whip-accuracy.ts). */
  const accuracy: { sessions: string; heldOut: string; votes: string; accuracy: string; baseline: string; defections: string };
  export default accuracy;
}
