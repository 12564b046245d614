/** Webhook alerts in the graph: subscriptions, their inputs and payloads, and their audit. */
import { GraphQLDateTime, GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { UserError } from "../../shared/mutations/UserError.js";
import { UnIssue } from "./enums.js";

@ObjectType({ description: "A webhook that hears when members of a group break with the group's position on a new General Assembly roll call." })
export class AlertSubscription {
  @Field(() => ID, { description: "Subscription id." })
  id!: string;

  @Field(() => String, { description: "Where events are POSTed." })
  targetUrl!: string;

  @Field(() => ID, { nullable: true, description: "The body watched, when the group is a body's membership." })
  bodyId!: string | null;

  @Field(() => String, { description: "The group's name: the body's, or how many countries." })
  groupName!: string;

  @Field(() => [String], { description: "Alpha-3 codes of the members watched (a body's, as they were when the subscription was made)." })
  memberCodes!: string[];

  @Field(() => [UnIssue], { description: "Only roll calls with one of these issue tags; empty for every roll call." })
  issues!: UnIssue[];

  @Field(() => Boolean, { description: "Paused: no events for roll calls that arrive meanwhile, and none sent until resumed." })
  paused!: boolean;

  @Field(() => GraphQLDateTime, { description: "When it was made." })
  createdAt!: string;

  @Field(() => String, { description: "Who made it (the `sub` claim)." })
  createdBy!: string;

  @Field(() => Int, { description: "Events waiting to be sent (including those waiting to be retried)." })
  pendingEventCount!: number;

  @Field(() => Int, { description: "Events the receiver took (answered 2xx)." })
  deliveredEventCount!: number;

  @Field(() => Int, { description: "Events given up on after the retry limit (HUB_WEBHOOK_MAX_ATTEMPTS)." })
  failedEventCount!: number;
}

export const AlertSubscriptionConnection = createConnectionType("AlertSubscription", AlertSubscription, "Alert subscriptions, oldest first.");

@ObjectType({ description: "A change to an alert subscription, with who made it, written in the same transaction as the change." })
export class AlertAuditEntry {
  @Field(() => ID, { description: "Entry id, in order of writing." })
  id!: string;

  @Field(() => GraphQLDateTime, { description: "When the change was made." })
  at!: string;

  @Field(() => String, { description: "Who (the `sub` claim)." })
  actor!: string;

  @Field(() => String, { description: "CREATE, PAUSE, RESUME or DELETE." })
  action!: string;

  @Field(() => ID, { description: "The subscription acted on." })
  subscriptionId!: string;

  @Field(() => GraphQLJSONObject, { description: "What was written (never the secret)." })
  details!: Record<string, unknown>;
}

export const AlertAuditEntryConnection = createConnectionType("AlertAuditEntry", AlertAuditEntry, "Changes to alert subscriptions, oldest first.");

@InputType({ description: "A webhook for a group: a body (its members read through the gateway) or a list of countries." })
export class CreateAlertSubscriptionInput {
  @Field(() => String, {
    description:
      "Where to POST events: https (http only with HUB_WEBHOOK_ALLOW_HTTP); loopback, link-local and private addresses only when HUB_WEBHOOK_ALLOWED_HOSTS names them.",
  })
  targetUrl!: string;

  @Field(() => ID, { nullable: true, description: "A body whose members to watch (see Query.bodies); with memberCodes, only names the group." })
  bodyId!: string | null;

  @Field(() => [String], { nullable: true, description: "Alpha-3 codes of the members to watch (at most 400)." })
  memberCodes!: string[] | null;

  @Field(() => [UnIssue], { nullable: true, description: "Only roll calls with one of these issue tags; none for every roll call." })
  issues!: UnIssue[] | null;

  @Field(() => String, { nullable: true, description: "The HMAC secret (at least 16 characters); a random one is made and returned once when none is given." })
  secret!: string | null;
}

@InputType({ description: "Pauses or resumes a subscription." })
export class SetAlertSubscriptionPausedInput {
  @Field(() => ID, { description: "Subscription id." })
  id!: string;

  @Field(() => Boolean, { description: "True to pause, false to resume." })
  paused!: boolean;
}

@InputType({ description: "Deletes a subscription and its unsent events." })
export class DeleteAlertSubscriptionInput {
  @Field(() => ID, { description: "Subscription id." })
  id!: string;
}

@ObjectType({ description: "The subscription made, with its secret (shown this once), or why it was refused." })
export class CreateAlertSubscriptionPayload {
  @Field(() => AlertSubscription, { nullable: true, description: "The subscription made; null when the input was refused." })
  alertSubscription!: AlertSubscription | null;

  @Field(() => String, { nullable: true, description: "The HMAC-SHA256 secret events are signed with. Returned only here: keep it." })
  secret!: string | null;

  @Field(() => [UserError], { description: "Why the input was refused; empty on success." })
  userErrors!: UserError[];
}

export const AlertSubscriptionPayload = createPayloadType(
  "AlertSubscriptionPayload",
  "alertSubscription",
  AlertSubscription,
  "The subscription as it stands after the change, or why it was refused.",
);
export const DeleteAlertSubscriptionPayload = createPayloadType(
  "DeleteAlertSubscriptionPayload",
  "alertSubscription",
  AlertSubscription,
  "The subscription deleted (as it was), or why it was refused.",
);
