/**
 * The alerts of one un-votes store: the commands behind the mutations (each audited in its own
 * transaction), the deliverer, and where a body's members are read (the gateway). One per
 * subgraph, built with its services (services.ts).
 */
import { GraphQLError } from "graphql";
import { Role, type Actor } from "../../shared/auth.js";
import { ErrorCode, inputError } from "../../platform/errors.js";
import type { UnVotesStore } from "../store.js";
import { parseGroup } from "../arguments.js";
import { AlertStore, auditorIn, redactedTarget, type AlertScope, type Subscription } from "./alert-store.js";
import { AlertDeliverer } from "./delivery.js";
import { scanForAlerts } from "./scan.js";
import type { AlertSettings } from "./settings.js";
import type { HubGatewayClient } from "../../platform/hub-gateway.js";
import { newSecret } from "./signing.js";
import { checkTarget, parseTarget, TargetRefused } from "./targets.js";

export type NewSubscriptionInput = { targetUrl: string; bodyId: string | null; memberCodes: string[] | null; issues: string[]; secret: string | null };

const MIN_SECRET = 16;
/** A shared secret for HMAC signatures: longer than a hash block adds nothing, and the hub stores it. */
const MAX_SECRET = 256;

export class AlertService {
  readonly store: AlertStore;
  readonly deliverer: AlertDeliverer;

  constructor(
    private readonly unVotes: UnVotesStore,
    readonly settings: AlertSettings,
    /** Where a body's members are read when a subscription names the body only. */
    private readonly hub: HubGatewayClient,
  ) {
    this.store = new AlertStore(unVotes.db);
    this.deliverer = new AlertDeliverer(this.store, settings);
  }

  /** After an import in this process: the new roll calls' events, then an immediate delivery pass. */
  scanAndDeliver(): { rollCalls: number; events: number } {
    const result = scanForAlerts(this.unVotes.db);
    if (result.events > 0) this.deliverer.wake();
    return result;
  }

  /**
   * Whose subscriptions an actor sees and changes: the secretariat every one; a delegate its own
   * delegation's, named by its token's `country` claim (a delegate's token without one is refused).
   */
  scopeOf(actor: Actor): AlertScope {
    if (actor.roles.includes(Role.SECRETARIAT)) return { kind: "all" };
    if (!actor.country)
      throw new GraphQLError("a delegate's alert subscriptions belong to its delegation: expected a `country` claim in the token, received none", {
        extensions: { code: ErrorCode.Forbidden },
      });
    return { kind: "country", country: actor.country };
  }

  async create(actor: Actor, input: NewSubscriptionInput): Promise<{ subscription: Subscription; secret: string }> {
    const scope = this.scopeOf(actor);
    let url: URL;
    try {
      url = parseTarget(input.targetUrl, this.settings);
      await checkTarget(url, this.settings);
    } catch (error) {
      if (error instanceof TargetRefused) throw inputError("targetUrl", error.message);
      throw error;
    }
    const secret = input.secret ?? newSecret();
    if (secret.length < MIN_SECRET || secret.length > MAX_SECRET)
      throw inputError("secret", `expected ${MIN_SECRET} to ${MAX_SECRET} characters, received ${secret.length}`);
    if (/[\u0000-\u001F\u007F]/.test(secret)) throw inputError("secret", "expected printable characters, received a control character");
    const group = await this.groupOf(input);
    // Roll calls already held are scanned (for the subscriptions before this one) first: a new
    // subscription hears of roll calls imported after it, never of the whole record.
    this.scanAndDeliver();
    const subscription = this.store.create(
      {
        targetUrl: url.toString(),
        secret,
        bodyId: input.bodyId,
        groupName: group.name,
        memberCodes: group.memberCodes,
        issues: input.issues,
        createdBy: actor.id,
        ownerCountry: scope.kind === "country" ? scope.country : null,
      },
      auditorIn(scope, actor.id),
      new Date().toISOString(),
      { targetUrl: redactedTarget(url.toString()), bodyId: input.bodyId, groupName: group.name, memberCodes: group.memberCodes, issues: input.issues },
    );
    return { subscription, secret };
  }

  setPaused(actor: Actor, id: string, paused: boolean): Subscription {
    const scope = this.scopeOf(actor);
    const subscription = this.store.setPaused(scope, this.idOf(id), paused, auditorIn(scope, actor.id), new Date().toISOString());
    if (!subscription) throw inputError("id", `no alert subscription has the id ${JSON.stringify(id)}`, ErrorCode.NotFound);
    if (!paused) this.deliverer.wake();
    return subscription;
  }

  delete(actor: Actor, id: string): Subscription {
    const scope = this.scopeOf(actor);
    const subscription = this.store.delete(scope, this.idOf(id), auditorIn(scope, actor.id), new Date().toISOString());
    if (!subscription) throw inputError("id", `no alert subscription has the id ${JSON.stringify(id)}`, ErrorCode.NotFound);
    return subscription;
  }

  private idOf(id: string): number {
    if (!/^\d+$/.test(id)) throw inputError("id", `expected a subscription id (a whole number), received ${JSON.stringify(id)}`);
    return Number(id);
  }

  /** The group: the codes given (a body's id, when given too, names it), or the body's members read through the gateway. */
  private async groupOf(input: NewSubscriptionInput): Promise<{ name: string; memberCodes: string[] }> {
    if (input.memberCodes && input.memberCodes.length > 0) {
      const memberCodes = parseGroup(input.memberCodes, "memberCodes");
      return { name: input.bodyId ?? `${memberCodes.length} countries`, memberCodes };
    }
    if (!input.bodyId) throw inputError("bodyId", "expected a body id or member codes to watch, received neither");
    const body = await this.readBody(input.bodyId);
    if (!body) throw inputError("bodyId", `no body has the id ${JSON.stringify(input.bodyId)}`, ErrorCode.NotFound);
    if (!body.memberCodes || body.memberCodes.length === 0) throw inputError("bodyId", `${body.name ?? input.bodyId} has no members on record to watch`);
    return { name: body.name ?? input.bodyId, memberCodes: body.memberCodes };
  }

  private async readBody(id: string): Promise<{ name: string | null; memberCodes: string[] | null } | null> {
    type Body = { name: string | null; memberCodes: string[] | null };
    try {
      const answer = await this.hub.query<{ body: Body | null }>("query AlertBody($id: ID!) { body(id: $id) { name memberCodes } }", { id });
      return answer.data?.body ?? null;
    } catch (error) {
      // Not the whip's mistake: a fault, answered as a top-level error.
      throw new GraphQLError(
        `cannot read the members of ${id} through the gateway at ${this.hub.address} (${(error as Error).message}); give memberCodes instead`,
        { extensions: { code: ErrorCode.SubgraphUnavailable } },
      );
    }
  }
}
