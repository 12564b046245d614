/**
 * Hive Gateway's configuration in `npm run bench:gateway`, loaded by its own CLI: the client's
 * Authorization header goes on to the subgraphs, inbound deduplication stays off (its default,
 * stated), and logging is limited to warnings (the benchmark reads the one that says the Rust
 * query planner is in use).
 */
import { defineConfig } from "@graphql-hive/gateway";

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") ?? undefined }),
  },
  inboundInflightRequestDeduplication: false,
  disableWebsockets: true,
  logging: "warn",
});
