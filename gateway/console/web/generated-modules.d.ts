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
