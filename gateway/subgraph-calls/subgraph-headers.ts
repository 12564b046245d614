/**
 * The headers of a call to a subgraph, one small decorator per concern, applied in order so that
 * later ones win: the client headers a deployment forwards first, the gateway's own after them,
 * the signature last (it covers the final claims and body). Which decorators apply is decided once
 * per data source, from the gateway's settings.
 */
import { TIMEOUT_HEADER } from "../../subgraphs/platform/deadline.js";
import { WRITES_HEADER } from "../../subgraphs/platform/hub-writes.js";
import { CLAIMS_HEADER, signRequest } from "../../subgraphs/platform/request-signing.js";
import type { GatewayContext } from "../request/gateway-context.js";
import type { WriteCounter } from "./write-counter.js";

export type SubgraphCall = { subgraph: string; body: string; context: GatewayContext | undefined };
type Headers = Record<string, string>;
type Decorator = (headers: Headers, call: SubgraphCall) => void;

const forwardedClientHeaders: Decorator = (headers, { context }) => {
  if (context?.forwardedHeaders) Object.assign(headers, context.forwardedHeaders);
};

const json: Decorator = (headers) => {
  headers["content-type"] = "application/json";
  headers.accept = "application/json";
};

/** The subgraph is told how long the gateway will wait, and stops working past it (subgraphs/platform/deadline.ts). */
const deadline =
  (timeoutMs: number): Decorator =>
  (headers) => {
    headers[TIMEOUT_HEADER] = String(timeoutMs);
  };

const requestId: Decorator = (headers, { context }) => {
  if (typeof context?.requestId === "string") headers["x-request-id"] = context.requestId;
};

/** The gateway's count of forwarded writes (subgraphs/platform/hub-writes.ts). */
const writeMark =
  (writes: WriteCounter): Decorator =>
  (headers) => {
    headers[WRITES_HEADER] = writes.header();
  };

/** Set by the gateway only (verified token, or development mode); a client's own header never reaches a subgraph. */
const claims: Decorator = (headers, { context }) => {
  if (typeof context?.claims === "string") headers[CLAIMS_HEADER] = context.claims;
};

const signature =
  (secret: string): Decorator =>
  (headers, { subgraph, body, context }) => {
    Object.assign(headers, signRequest(secret, { target: subgraph, claims: context?.claims ?? "", body }));
  };

export type SubgraphHeaderSettings = { timeoutMs: number; writes?: WriteCounter; signatureSecret?: string | null };

export function subgraphHeaders(settings: SubgraphHeaderSettings): (call: SubgraphCall) => Headers {
  const decorators: Decorator[] = [forwardedClientHeaders, json, deadline(settings.timeoutMs), requestId];
  if (settings.writes) decorators.push(writeMark(settings.writes));
  decorators.push(claims);
  if (settings.signatureSecret) decorators.push(signature(settings.signatureSecret));
  return (call) => {
    const headers: Headers = {};
    for (const decorate of decorators) decorate(headers, call);
    return headers;
  };
}
