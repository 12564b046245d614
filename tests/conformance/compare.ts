/**
 * What "the same answer" means across the three gateways.
 * - The hub with and without its direct path: the same HTTP status and the same body, byte for
 *   byte apart from the order of the errors. Clients must not be able to tell which path answered.
 * - The hub against stock Apollo Gateway: the same status, the same data (key order included),
 *   and the same errors (message, path, `extensions.code`) and value-completion errors.
 *   Documented exceptions, where the hub differs on purpose: an error stock Apollo reports as
 *   INTERNAL_SERVER_ERROR reaches the hub's clients as "Internal server error" (the original is
 *   logged, never shown), and other extensions (stack traces, serviceName) are not compared.
 *   Not exercised, and left as it is: when a subgraph refuses a request with HTTP 400 and GraphQL
 *   errors (an invalid custom scalar value, say), the hub passes the subgraph's message on, where
 *   stock Apollo says "400: Bad Request"; the generators therefore draw only valid scalar values.
 * The overlaps subgraph's snapshot times (`refreshedAt`, `snapshotBuiltAt`) are compared as
 * present or absent, not by value: it reads the hub again before every answer, so two requests
 * a moment apart carry two times, whichever gateway sent them.
 * Errors are compared as a list sorted by path (and code): when a plan fetches from two
 * subgraphs in parallel, their errors come in the order the subgraphs answered, in any gateway
 * (and GraphQL leaves the order of errors open).
 */
import { SNAPSHOT_TIME_FIELDS } from "./operations.js";

export type Answer = { status: number; text: string };

type GraphQLBody = { data?: unknown; errors?: FormattedError[]; extensions?: { valueCompletion?: FormattedError[] } };
type FormattedError = { message: string; path?: (string | number)[]; extensions?: { code?: string } };

const MASKED = "Internal server error";

export function mismatch(hubDirect: Answer, hubApollo: Answer, stock: Answer): string | null {
  if (hubDirect.status !== hubApollo.status || canonical(hubDirect.text) !== canonical(hubApollo.text))
    return "the hub's direct path and Apollo Gateway's path answered differently";
  if (hubApollo.status !== stock.status) return `HTTP ${hubApollo.status} from the hub, ${stock.status} from stock Apollo Gateway`;
  const hub = comparable(parseAnswer(hubApollo.text));
  const reference = comparable(parseAnswer(stock.text));
  if (hub.data !== reference.data) return "data differs from stock Apollo Gateway";
  if (hub.errors.length !== reference.errors.length) return `${hub.errors.length} errors from the hub, ${reference.errors.length} from stock Apollo Gateway`;
  for (let i = 0; i < hub.errors.length; i++) {
    const [ours, theirs] = [hub.errors[i]!, reference.errors[i]!];
    const masked = ours.message === MASKED && ours.code === "INTERNAL_SERVER_ERROR" && theirs.code === "INTERNAL_SERVER_ERROR";
    if (!masked && ours.message !== theirs.message) return `error ${i}: "${ours.message}" from the hub, "${theirs.message}" from stock Apollo Gateway`;
    if (ours.code !== theirs.code || ours.path !== theirs.path) return `error ${i}: code or path differs from stock Apollo Gateway`;
  }
  return null;
}

/** JSON.parse, with the overlaps snapshot's times (whatever their alias) replaced by whether they are set. */
function parseAnswer(text: string): GraphQLBody {
  return JSON.parse(text, (key, value: unknown) => (SNAPSHOT_TIME_FIELDS.has(key) && typeof value === "string" ? "(a time)" : value)) as GraphQLBody;
}

/** The body as sent, with its errors in a canonical order. */
function canonical(text: string): string {
  const body = parseAnswer(text);
  if (body.errors) body.errors = sortErrors(body.errors, (e) => JSON.stringify(e));
  return JSON.stringify(body);
}

function comparable(body: GraphQLBody) {
  const errors = [...(body.errors ?? []), ...(body.extensions?.valueCompletion ?? []).map((e) => ({ ...e, message: `valueCompletion: ${e.message}` }))];
  const compared = errors.map((e) => ({ message: e.message, path: JSON.stringify(e.path ?? null), code: e.extensions?.code }));
  return { data: JSON.stringify(body.data), errors: sortErrors(compared, (e) => `${e.path} ${e.code}`) };
}

function sortErrors<E>(errors: E[], key: (error: E) => string): E[] {
  return errors
    .map((error) => [key(error), error] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, error]) => error);
}
