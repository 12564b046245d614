/**
 * A query that lost root fields because the subgraph they were planned in is down is answered
 * again from a plan that starts in the subgraphs that are up (degraded-supergraph.ts). Only
 * queries are retried, never mutations, and only when a root field several subgraphs serve was
 * planned in the one that failed. For a few seconds after a failure, queries go straight to the
 * degraded plans; then the full plan is tried again, so a subgraph that is back is used at once.
 */
import { ApolloGateway } from "@apollo/gateway";
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { ErrorCode } from "../../subgraphs/shared/errors.js";
import type { GatewayContext, SubgraphDataSource } from "../subgraph-data-source.js";
import { supergraphWithout } from "./degraded-supergraph.js";

type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>["gateway"];
type LoadOptions = Parameters<GatewayInterface["load"]>[0];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;
type RequestContext = Parameters<Executor>[0];

/** How long a subgraph that failed is planned around before the full plan is tried again. */
export const DOWN_MEMORY_MS = 2000;

export class FailoverGateway implements GatewayInterface {
  /** Queries answered again from a degraded plan since start (tests read it). */
  failoverCount = 0;
  private loadOptions: LoadOptions | null = null;
  private readonly downUntil = new Map<string, number>();
  private readonly variants = new Map<string, Promise<{ gateway: ApolloGateway; executor: Executor } | null>>();

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
    const known = this.knownDown();
    if (known.length > 0) {
      const variant = await this.variant(known);
      if (variant) return variant.executor(requestContext);
    }
    const result = await full(requestContext);
    const failed = unavailableServices(result.errors);
    if (failed.length === 0) return result;
    const until = Date.now() + DOWN_MEMORY_MS;
    for (const name of failed) this.downUntil.set(name, until);
    const variant = await this.variant(this.knownDown());
    if (!variant) return result;
    this.failoverCount++;
    return variant.executor(requestContext);
  }

  private knownDown(): string[] {
    const now = Date.now();
    return [...this.downUntil].filter(([, until]) => until > now).map(([name]) => name).sort();
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
    const sdl = supergraphWithout(this.supergraphSdl, down);
    if (!sdl || !this.loadOptions) return null;
    const dataSources = this.dataSources;
    // The same data sources: connections, timeouts and request signing are shared with the full plan.
    const gateway = new ApolloGateway({ supergraphSdl: sdl, buildService: ({ name }) => dataSources.get(name)! });
    const { executor } = await (gateway as unknown as GatewayInterface).load(this.loadOptions);
    return executor ? { gateway, executor } : null;
  }
}

function unavailableServices(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  const names = new Set<string>();
  for (const error of errors ?? []) {
    if (error.extensions?.code === ErrorCode.SubgraphUnavailable && typeof error.extensions.serviceName === "string") names.add(error.extensions.serviceName);
  }
  return [...names].sort();
}
