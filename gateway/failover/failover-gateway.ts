/**
 * A query that lost root fields because the subgraph they were planned in is down is answered
 * again from a plan that starts in the subgraphs that are up (degraded-supergraph.ts). Only
 * queries are retried, never mutations, and only when a root field several subgraphs serve was
 * planned in the one that failed. For a few seconds after a failure, queries go straight to the
 * degraded plans; then the full plan is tried again, so a subgraph that is back is used at once.
 */
import { ApolloGateway } from "@apollo/gateway";
import { Kind, type SelectionSetNode } from "graphql";
import { fragmentsOf } from "../documents/fragments.js";
import { ErrorCode } from "../../subgraphs/platform/errors.js";
import type { Executor, GatewayInterface, LoadOptions, RequestContext } from "../gateway-interface.js";
import type { SubgraphDataSource } from "../subgraph-calls/data-source.js";
import { supergraphWithout } from "./degraded-supergraph.js";

/** How long a subgraph that failed is planned around before the full plan is tried again. */
export const DOWN_MEMORY_MS = 2000;

export class FailoverGateway implements GatewayInterface {
  /** Queries answered again from a degraded plan since start (tests read it). */
  failoverCount = 0;
  private loadOptions: LoadOptions | null = null;
  private readonly downUntil = new Map<string, number>();
  private readonly variants = new Map<string, Promise<{ gateway: ApolloGateway; executor: Executor; movedRootFields: ReadonlySet<string> } | null>>();

  constructor(
    private readonly inner: GatewayInterface,
    private readonly supergraphSdl: string,
    private readonly dataSources: ReadonlyMap<string, SubgraphDataSource>,
  ) {}

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface["onSchemaLoadOrUpdate"]>[0]) {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  async stop(): Promise<void> {
    await this.inner.stop();
    for (const variant of this.variants.values()) await (await variant)?.gateway.stop();
  }

  async load(options: LoadOptions) {
    this.loadOptions = options;
    const { executor } = await this.inner.load(options);
    return { executor: executor ? (requestContext: RequestContext) => this.execute(requestContext, executor) : null };
  }

  private async execute(requestContext: RequestContext, full: Executor) {
    if (requestContext.operation?.operation !== "query") return full(requestContext);
    let down = this.knownDown();
    let executor = (await this.relevantVariant(requestContext, down))?.executor ?? full;
    for (;;) {
      const result = await executor(requestContext);
      const failed = unavailableServices(result.errors).filter((name) => !down.includes(name));
      if (failed.length === 0) return result;
      const until = Date.now() + DOWN_MEMORY_MS;
      for (const name of failed) this.downUntil.set(name, until);
      down = [...new Set([...down, ...failed])].sort();
      // Asked again only when a root field it selects would now start elsewhere; otherwise the
      // degraded plan is the same plan, and the same failure. Each round excludes one more
      // subgraph, so this ends.
      const variant = await this.relevantVariant(requestContext, down);
      if (!variant || variant.executor === executor) return result;
      this.failoverCount++;
      executor = variant.executor;
    }
  }

  /** The degraded plan for `down`, when the operation selects a root field it moves. */
  private async relevantVariant(requestContext: RequestContext, down: string[]) {
    if (down.length === 0) return null;
    const variant = await this.variant(down);
    return variant && selectsAnyRootField(requestContext, variant.movedRootFields) ? variant : null;
  }

  private knownDown(): string[] {
    const now = Date.now();
    return [...this.downUntil]
      .filter(([, until]) => until > now)
      .map(([name]) => name)
      .sort();
  }

  /** The gateway planning around `down`, made once per set; null when no root field changes. */
  private variant(down: string[]) {
    const key = down.join(",");
    let variant = this.variants.get(key);
    if (!variant) {
      variant = this.buildVariant(down);
      this.variants.set(key, variant);
    }
    return variant;
  }

  private async buildVariant(down: string[]) {
    const degraded = supergraphWithout(this.supergraphSdl, down);
    if (!degraded || !this.loadOptions) return null;
    const dataSources = this.dataSources;
    // The same data sources: connections, timeouts and request signing are shared with the full plan.
    const gateway = new ApolloGateway({ supergraphSdl: degraded.sdl, buildService: ({ name }) => dataSources.get(name)! });
    const { executor } = await (gateway as unknown as GatewayInterface).load(this.loadOptions);
    return executor ? { gateway, executor, movedRootFields: degraded.movedRootFields } : null;
  }
}

function unavailableServices(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  const names = new Set<string>();
  for (const error of errors ?? []) {
    if (error.extensions?.code === ErrorCode.SubgraphUnavailable && typeof error.extensions.serviceName === "string") names.add(error.extensions.serviceName);
  }
  return [...names].sort();
}

/** Whether the operation selects one of `names` at its root, through fragments too. */
function selectsAnyRootField(requestContext: RequestContext, names: ReadonlySet<string>): boolean {
  const { operation, document } = requestContext;
  if (!operation) return false;
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return names.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return false;
      seen.add(fragment.name.value);
      return visit(fragment.selectionSet);
    });
  return visit(operation.selectionSet);
}
