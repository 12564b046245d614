/** The gateway interface Apollo Server drives, as the hub's wrappers around Apollo Gateway implement it. */
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import type { GatewayContext } from "./request/gateway-context.js";

export type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>["gateway"];
export type LoadOptions = Parameters<GatewayInterface["load"]>[0];
export type Executor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;
export type RequestContext = Parameters<Executor>[0];
