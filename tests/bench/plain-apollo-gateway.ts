/**
 * The baseline for `npm run bench:gateway`: plain @apollo/gateway with its default data source,
 * on the same supergraph and the same running subgraphs. Only what the comparison needs is
 * changed from the defaults: subgraph URLs from the environment, telemetry and reporting off.
 */
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";

process.env.APOLLO_TELEMETRY_DISABLED = "true";
const [supergraphFile, port] = process.argv.slice(2);
const urls: Record<string, string> = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? "{}");

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphFile, "utf8"),
  buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: urls[name] ?? url }),
});
const server = new ApolloServer({ gateway, plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginLandingPageDisabled()] });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: "127.0.0.1" } });
console.log(`ready ${url}`);
