/** Webhook alerts for whips: subscriptions made, listed, paused and deleted by a role, each change audited. */
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { Role } from "../../shared/auth.js";
import { keysetConnection } from "../../shared/connection.js";
import { attempt, asUserError } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import type { Subscription } from "../alerts/alert-store.js";
import type { UnVotesContext } from "../loaders.js";
import {
  AlertAuditEntryConnection,
  AlertSubscription,
  AlertSubscriptionConnection,
  AlertSubscriptionPayload,
  CreateAlertSubscriptionInput,
  CreateAlertSubscriptionPayload,
  DeleteAlertSubscriptionInput,
  DeleteAlertSubscriptionPayload,
  SetAlertSubscriptionPausedInput,
} from "../types/alerts.js";
import { toAlertAuditEntry, toAlertSubscription } from "./mappers.js";

/** Whips act for their state's delegation; the secretariat for the Alliance. */
const ALERT_ROLES = [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE] as const;

@Resolver(() => AlertSubscription)
export class AlertResolver {
  @Authorized(...ALERT_ROLES)
  @Query(() => AlertSubscriptionConnection, {
    nullable: true,
    description:
      "Alert subscriptions, oldest first, without their secrets and with their targets' query strings left out: the secretariat sees every one, a delegate its own delegation's (its token's `country`). Needs the `SECRETARIAT` or `MEMBER_STATE_DELEGATE` role.",
  })
  alertSubscriptions(
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: UnVotesContext,
  ) {
    const { store } = context.alerts;
    const scope = context.alerts.scopeOf(context.actor!);
    return keysetConnection(
      "alert-subscriptions",
      { first, after },
      (afterId, limit) => store.page(scope, afterId, limit),
      store.count(scope),
      (subscription) => toGraph(subscription, context),
    );
  }

  @Authorized(...ALERT_ROLES)
  @Query(() => AlertAuditEntryConnection, {
    nullable: true,
    description:
      "Every change to alert subscriptions, oldest first, with who made it: the secretariat sees every one, a delegate those of its delegation's subscriptions. Needs the `SECRETARIAT` or `MEMBER_STATE_DELEGATE` role.",
  })
  alertAuditLog(
    @Arg("first", () => Int, { defaultValue: 100, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: UnVotesContext,
  ) {
    const { store } = context.alerts;
    const scope = context.alerts.scopeOf(context.actor!);
    return keysetConnection(
      "alert-audit",
      { first, after },
      (afterId, limit) => store.auditLog.page(scope, afterId, limit),
      store.auditLog.count(scope),
      toAlertAuditEntry,
    );
  }

  @RoleMutation(
    ALERT_ROLES,
    () => CreateAlertSubscriptionPayload,
    "Subscribes a webhook to a group's defections on new General Assembly roll calls: one signed JSON event per roll call a member broke with the group on.",
  )
  async createAlertSubscription(
    @Arg("input", () => CreateAlertSubscriptionInput, { description: "The target and the group." }) input: CreateAlertSubscriptionInput,
    @Ctx() context: UnVotesContext,
  ): Promise<CreateAlertSubscriptionPayload> {
    try {
      const { subscription, secret } = await context.alerts.create(context.actor!, {
        targetUrl: input.targetUrl,
        bodyId: input.bodyId ?? null,
        memberCodes: input.memberCodes ?? null,
        issues: (input.issues ?? []) as string[],
        secret: input.secret ?? null,
      });
      return { alertSubscription: toGraph(subscription, context), secret, userErrors: [] };
    } catch (error) {
      const userError = asUserError(error);
      if (!userError) throw error;
      return { alertSubscription: null, secret: null, userErrors: [userError] };
    }
  }

  @RoleMutation(ALERT_ROLES, () => AlertSubscriptionPayload, "Pauses a subscription (no events for roll calls that arrive meanwhile, none sent) or resumes it.")
  setAlertSubscriptionPaused(
    @Arg("input", () => SetAlertSubscriptionPausedInput, { description: "Which, and whether paused." }) input: SetAlertSubscriptionPausedInput,
    @Ctx() context: UnVotesContext,
  ) {
    return attempt("alertSubscription", () => toGraph(context.alerts.setPaused(context.actor!, input.id, input.paused), context));
  }

  @RoleMutation(ALERT_ROLES, () => DeleteAlertSubscriptionPayload, "Deletes a subscription and its unsent events; the audit log keeps what it was.")
  deleteAlertSubscription(
    @Arg("input", () => DeleteAlertSubscriptionInput, { description: "Which." }) input: DeleteAlertSubscriptionInput,
    @Ctx() context: UnVotesContext,
  ) {
    return attempt("alertSubscription", () => ({ ...toGraph(context.alerts.delete(context.actor!, input.id), context), pendingEventCount: 0 }));
  }
}

/** The subscription as the graph shows it, with its outbox's counts now. */
function toGraph(subscription: Subscription, context: UnVotesContext): AlertSubscription {
  return toAlertSubscription(subscription, context.alerts.store.counts(subscription.id));
}
