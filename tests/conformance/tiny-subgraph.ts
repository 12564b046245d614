/**
 * A tiny subgraph for the conformance harness: an SDL and resolvers written for one test case,
 * executed by graphql-js behind a bare HTTP server on port 0. A case may rewrite the answer
 * before it is sent (`tamper`), to play a subgraph that breaks its own contract (a value its
 * schema does not allow, a short `_entities` list) the way a drifted or buggy deployment would.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";

export type SubgraphAnswer = { data?: Record<string, any> | null; errors?: Record<string, any>[] };
export type SubgraphCall = { query: string; variables?: Record<string, any>; operationName?: string };

export type TinySubgraph = {
  name: string;
  /** The subgraph's SDL, without the federation @link (added here, one version for every case). */
  typeDefs: string;
  resolvers: Record<string, Record<string, unknown>>;
  /** Rewrites the answer before it is sent; must be deterministic, as three gateways each get their own call. */
  tamper?: (answer: SubgraphAnswer, call: SubgraphCall) => SubgraphAnswer;
};

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@interfaceObject", "@tag"])`;

export function subgraphTypeDefs(subgraph: TinySubgraph): DocumentNode {
  return parse(`${FEDERATION_LINK}\n${subgraph.typeDefs}`);
}

export type RunningTinySubgraph = { url: string; calls: number; stop: () => Promise<void> };

export async function startTinySubgraph(subgraph: TinySubgraph): Promise<RunningTinySubgraph> {
  const schema: GraphQLSchema = buildSubgraphSchema({ typeDefs: subgraphTypeDefs(subgraph), resolvers: subgraph.resolvers as any });
  const documents = new Map<string, DocumentNode>();
  const running = { url: "", calls: 0, stop: async () => {} };
  const server = http.createServer((req, res) => {
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json" }).end(`{"status":"ok"}`);
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      running.calls++;
      const call = JSON.parse(Buffer.concat(chunks).toString("utf8")) as SubgraphCall;
      let answer: SubgraphAnswer;
      let document = documents.get(call.query);
      if (!document) {
        document = parse(call.query);
        const errors = validate(schema, document);
        if (errors.length) {
          answer = { errors: errors.map((e) => e.toJSON()) };
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
          return;
        }
        documents.set(call.query, document);
      }
      const result = await execute({ schema, document, variableValues: call.variables, operationName: call.operationName });
      answer = JSON.parse(JSON.stringify(result));
      if (subgraph.tamper) answer = subgraph.tamper(answer, call);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  running.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  running.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return running;
}
