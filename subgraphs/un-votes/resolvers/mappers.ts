/**
 * The un-votes subgraph's graph objects built from what it holds: roll calls from the vote index,
 * countries from the country reference and UN membership, alert subscriptions and audit entries
 * from the alerts' store. Resolvers and pagers call these; none builds a graph object itself.
 */
import type { CountryRecord } from "../../platform/countries/reference.js";
import { unRegionalGroupOf } from "../../platform/countries/regions.js";
import type { AuditRow } from "../../shared/audit-log.js";
import { redactedTarget, subscriptionIdOf, type Subscription } from "../alerts/alert-store.js";
import type { VoteIndex } from "../analytics/vote-index.js";
import type { UnMemberRow } from "../store.js";
import type { AlertAuditEntry, AlertSubscription } from "../types/alerts.js";
import type { Country } from "../types/country.js";
import type { RollCallSource, UnIssue } from "../types/enums.js";
import type { RollCall } from "../types/roll-calls.js";

export function toRollCall(index: VoteIndex, row: number): RollCall {
  const info = index.rollCalls[row];
  return {
    id: String(info.rcid),
    row,
    session: info.session,
    date: info.date,
    resolution: info.resolution,
    shortTitle: info.shortTitle,
    description: info.description,
    issues: info.issues as unknown as UnIssue[],
    important: info.important,
    amendment: info.amendment,
    paragraph: info.paragraph,
    specialSession: info.specialSession,
    source: info.source as RollCallSource,
    inUnResolutions: info.inUnResolutions,
    sponsorCodes: info.sponsors,
    additionalSponsorCodes: info.additionalSponsors,
    sponsorNote: info.sponsorNote,
    yes: index.totals[row * 3],
    no: index.totals[row * 3 + 1],
    abstain: index.totals[row * 3 + 2],
  };
}

export function toCountry(record: CountryRecord, member: UnMemberRow | undefined): Country {
  return { ...record, unMember: member !== undefined, unRegionalGroup: unRegionalGroupOf(member?.regional_group) };
}

/** A subscription without its secret and with its target's query string left out, with its outbox's counts. */
export function toAlertSubscription(subscription: Subscription, counts: { pending: number; delivered: number; givenUp: number }): AlertSubscription {
  return {
    id: String(subscription.id),
    targetUrl: redactedTarget(subscription.targetUrl),
    bodyId: subscription.bodyId,
    groupName: subscription.groupName,
    memberCodes: subscription.memberCodes,
    issues: subscription.issues as UnIssue[],
    paused: subscription.paused,
    createdAt: subscription.createdAt,
    createdBy: subscription.createdBy,
    pendingEventCount: counts.pending,
    deliveredEventCount: counts.delivered,
    failedEventCount: counts.givenUp,
  };
}

export function toAlertAuditEntry(row: AuditRow): AlertAuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    subscriptionId: subscriptionIdOf(row.subject),
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
