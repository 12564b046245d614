/**
 * Which operations the gateway can answer with one subgraph call and nothing else: a query the
 * planner serves from a single subgraph, with no entity fetch, no rewrites, and exactly the
 * selection the client sent. For those, the subgraph's answer is already the client's answer, and
 * Apollo Gateway's generic work (rebuilding the operation, merging, reshaping every object of the
 * result) can be skipped. Decided once per operation and remembered.
 */
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type FetchNode } from "@apollo/query-planner";
import { Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { fragmentsOf } from "../documents/fragments.js";
import { LRUCache } from "lru-cache";
import { compileAnswerCheck, type AnswerCheck } from "./answer-check.js";
import { selectionShape } from "./selection-shape.js";

export type DirectFetch = {
  serviceName: string;
  operation: string;
  operationName: string | undefined;
  /** The client variables the subgraph operation uses, passed on as Apollo Gateway would. */
  variableUsages: readonly string[];
  /** Whether an answer is already what Apollo Gateway's result shaping would make of it (see answer-check.ts). */
  answerConforms: AnswerCheck;
};

export class DirectFetchPlanner {
  private readonly planner: QueryPlanner;
  private readonly apiSchema: ReturnType<Supergraph["apiSchema"]>;
  private readonly graphqlSchema: GraphQLSchema;
  private readonly decisions = new LRUCache<string, DirectFetch | false>({ max: 2000 });

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.graphqlSchema = this.apiSchema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  /** The single fetch that answers this operation as it stands, or null when it needs the gateway's full execution. */
  directFetchFor(cacheKey: string, document: DocumentNode, operationName: string | undefined): DirectFetch | null {
    let decision = this.decisions.get(cacheKey);
    if (decision === undefined) {
      decision = this.decide(document, operationName) ?? false;
      this.decisions.set(cacheKey, decision);
    }
    return decision || null;
  }

  private decide(document: DocumentNode, operationName: string | undefined): DirectFetch | null {
    const client = findOperation(document, operationName);
    if (!client || client.operation !== "query") return null;
    let fetch: FetchNode;
    try {
      const plan = this.planner.buildQueryPlan(operationFromDocument(this.apiSchema, document, { operationName }));
      if (plan.node?.kind !== "Fetch") return null;
      fetch = plan.node;
    } catch {
      // Apollo Gateway's own path reports the problem to the client.
      return null;
    }
    if (fetch.requires || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length || fetch.hasDefers) return null;
    const sent = parse(fetch.operation);
    const sentOperation = findOperation(sent, fetch.operationName);
    if (!sentOperation) return null;
    const clientFragments = fragmentsOf(document);
    const clientShape = selectionShape(this.graphqlSchema, client, clientFragments);
    if (clientShape === null || clientShape !== selectionShape(this.graphqlSchema, sentOperation, fragmentsOf(sent))) return null;
    const answerConforms = compileAnswerCheck(this.graphqlSchema, this.apiSchema, client, clientFragments);
    if (!answerConforms) return null;
    return {
      serviceName: fetch.serviceName,
      operation: fetch.operation,
      operationName: fetch.operationName,
      variableUsages: fetch.variableUsages ?? [],
      answerConforms,
    };
  }
}

function findOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}
