/**
 * Which fast path, if any, answers an operation, decided once per operation and remembered:
 *
 * - the direct path: a query the planner serves from a single subgraph, with no entity fetch, no
 *   rewrites, and exactly the selection the client sent. The subgraph's answer is already the
 *   client's answer, and Apollo Gateway's generic work (rebuilding the operation, merging,
 *   reshaping every object of the result) can be skipped;
 * - the plan executor (plan-execution/): any other query whose plan and selection it models
 *   (compiled-plan.ts, result-shaper.ts), run without Apollo's generic execution;
 * - neither: Apollo Gateway's own path.
 */
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type FetchNode, type QueryPlan } from "@apollo/query-planner";
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { fragmentsOf } from "../documents/fragments.js";
import { LRUCache } from "lru-cache";
import { compileAnswerCheck, type AnswerCheck } from "./answer-check.js";
import { compilePlan, type CompiledPlan } from "../plan-execution/compiled-plan.js";
import { compileResultShaper, type ResultShaper } from "../plan-execution/result-shaper.js";
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

/** A query run by the plan executor. */
export type PlanExecution = { plan: CompiledPlan; shape: ResultShaper };

export type FastPath = { kind: "direct"; direct: DirectFetch } | { kind: "plan"; execution: PlanExecution };

export class DirectFetchPlanner {
  private readonly planner: QueryPlanner;
  private readonly apiSchema: ReturnType<Supergraph["apiSchema"]>;
  private readonly graphqlSchema: GraphQLSchema;
  private readonly decisions = new LRUCache<string, FastPath | false>({ max: 2000 });

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.graphqlSchema = this.apiSchema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  /** The fast path that answers this operation, or null when it needs Apollo Gateway's full execution. */
  fastPathFor(cacheKey: string, document: DocumentNode, operationName: string | undefined): FastPath | null {
    let decision = this.decisions.get(cacheKey);
    if (decision === undefined) {
      decision = this.decide(document, operationName) ?? false;
      this.decisions.set(cacheKey, decision);
    }
    return decision || null;
  }

  /** The single fetch that answers this operation as it stands, or null when it takes another path. */
  directFetchFor(cacheKey: string, document: DocumentNode, operationName: string | undefined): DirectFetch | null {
    const path = this.fastPathFor(cacheKey, document, operationName);
    return path?.kind === "direct" ? path.direct : null;
  }

  private decide(document: DocumentNode, operationName: string | undefined): FastPath | null {
    const client = findOperation(document, operationName);
    if (!client || client.operation !== "query") return null;
    let plan: QueryPlan;
    try {
      plan = this.planner.buildQueryPlan(operationFromDocument(this.apiSchema, document, { operationName }));
    } catch {
      // Apollo Gateway's own path reports the problem to the client.
      return null;
    }
    const clientFragments = fragmentsOf(document);
    const direct = plan.node?.kind === "Fetch" ? this.directFetch(plan.node, client, clientFragments) : null;
    if (direct) return { kind: "direct", direct };
    const compiled = compilePlan(plan);
    const shape = compiled && compileResultShaper(this.graphqlSchema, this.apiSchema, client, clientFragments);
    if (!compiled || !shape) return null;
    return { kind: "plan", execution: { plan: compiled, shape } };
  }

  private directFetch(fetch: FetchNode, client: OperationDefinitionNode, clientFragments: Map<string, FragmentDefinitionNode>): DirectFetch | null {
    if (fetch.requires || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length || fetch.hasDefers) return null;
    const sent = parse(fetch.operation);
    const sentOperation = findOperation(sent, fetch.operationName);
    if (!sentOperation) return null;
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
