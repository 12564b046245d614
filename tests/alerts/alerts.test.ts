/**
 * Webhook alerts for whips, end to end through the gateway: a subscription made by a role (and
 * refused without one, or to a loopback target the allow-list does not name), a synthetic new
 * roll call with a known defector delivered as one signed event, nothing for roll calls nobody
 * broke ranks on or outside the subscription's issues, a receiver that is down and comes back
 * (every event arrives, each taken once), pause, resume and delete in the audit log, and a body's
 * members read through the gateway.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { verifySignature } from "../../subgraphs/un-votes/alerts/signing.js";
import type { DefectionEvent } from "../../subgraphs/un-votes/alerts/events.js";
import { postGraphQL } from "../harness.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";
import { writeRollCalls } from "./new-roll-calls.js";
import { Receiver } from "./receiver.js";

// Read by the un-votes subgraph when its alerts start (with the hub, below).
Object.assign(process.env, {
  HUB_AUTH_MODE: "development",
  HUB_WEBHOOK_ALLOW_HTTP: "true",
  HUB_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  HUB_WEBHOOK_RETRY_BASE_MS: "50",
  HUB_WEBHOOK_POLL_MS: "50",
});

const WHIP = JSON.stringify({ sub: "whip-fra", roles: ["MEMBER_STATE_DELEGATE"], country: "FRA" });
const G = ["USA", "GBR", "FRA", "NAM"];
const SECRET = "a-whip-secret-of-enough-length";

const CREATE = `mutation ($input: CreateAlertSubscriptionInput!) { createAlertSubscription(input: $input) {
  alertSubscription { id targetUrl groupName memberCodes issues paused createdBy } secret userErrors { field code message } } }`;

describe("webhook alerts for whips", () => {
  const hub = useHub({ HUB_AUTH_MODE: "development" });
  const receiver = new Receiver();
  const asWhip = (query: string, variables?: Record<string, unknown>) =>
    fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": WHIP },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<any>);
  const deliverer = () => hub().services["un-votes"].alerts.deliverer;
  let nextRcid = 100;
  /** Imports invented roll calls as an import of new data would bring them. */
  const importNew = async (votes: { issue?: "hr" | "ec"; votes: string }[]) => {
    const rollCalls = votes.map((v) => ({ rcid: nextRcid++, issue: v.issue ?? null, votes: v.votes }));
    await importUnVotes(hub().stores["un-votes"], writeRollCalls(rollCalls), { progress: null });
    return rollCalls.map((r) => r.rcid);
  };

  beforeAll(async () => {
    await receiver.start();
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
    deliverer().start();
  });

  afterAll(async () => {
    await deliverer().stop();
    await receiver.stop();
  });

  it("refuses a subscription without a role, and to a loopback target the allow-list does not name", async () => {
    const anonymous = await postGraphQL(hub().gatewayUrl, CREATE, { input: { targetUrl: receiver.url, memberCodes: G } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const loopback = await asWhip(CREATE, { input: { targetUrl: "http://127.0.0.2:9/hooks", memberCodes: G } });
    expect(loopback.data.createAlertSubscription.alertSubscription).toBeNull();
    expect(loopback.data.createAlertSubscription.userErrors).toEqual([
      {
        field: ["input", "targetUrl"],
        code: "BAD_USER_INPUT",
        message: "targetUrl: 127.0.0.2 is 127.0.0.2: a loopback, link-local or private address; name it in HUB_WEBHOOK_ALLOWED_HOSTS to allow it",
      },
    ]);
    const hugeSecret = await asWhip(CREATE, { input: { targetUrl: receiver.url, memberCodes: G, secret: "s".repeat(900_000) } });
    expect(hugeSecret.data.createAlertSubscription.userErrors[0].message).toBe("secret: expected 16 to 256 characters, received 900000");
    const controlSecret = await asWhip(CREATE, { input: { targetUrl: receiver.url, memberCodes: G, secret: "a-secret-of-enough-length\u0000" } });
    expect(controlSecret.data.createAlertSubscription.userErrors[0].message).toBe("secret: expected printable characters, received a control character");
    const ftp = await asWhip(CREATE, { input: { targetUrl: "ftp://example.org/hooks", memberCodes: G } });
    expect(ftp.data.createAlertSubscription.userErrors[0].message).toBe("targetUrl: expected an https URL or an http one, received ftp");
  });

  it("sends one signed event per new roll call a member broke ranks on, and nothing else", async () => {
    const made = await asWhip(CREATE, { input: { targetUrl: receiver.url, memberCodes: G, secret: SECRET } });
    expect(made.errors).toBeUndefined();
    const subscription = made.data.createAlertSubscription.alertSubscription;
    expect(subscription).toMatchObject({ groupName: "4 countries", memberCodes: G, issues: [], paused: false, createdBy: "whip-fra" });
    expect(made.data.createAlertSubscription.secret).toBe(SECRET);
    // The roll calls already held (the mini fixture) are history: no event for them.
    await deliverer().idle();
    expect(receiver.deliveries).toEqual([]);

    // France votes no where the others vote yes (a defection); then a unanimous vote; then a tie (no position).
    const [defection, unanimous, tie] = await importNew([{ issue: "hr", votes: "YYNY" }, { votes: "YYYY" }, { votes: "YNYN" }]);
    await receiver.waitFor(() => receiver.deliveries.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.deliveries).toHaveLength(1);
    const [delivery] = receiver.deliveries;
    expect(delivery.eventId).toBe(`evt_${subscription.id}_${defection}`);
    expect(verifySignature(SECRET, delivery, delivery.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifySignature("another-secret-of-enough-length", delivery, delivery.body, Math.floor(Date.now() / 1000))).toBe(false);
    const event = JSON.parse(delivery.body) as DefectionEvent;
    expect(event).toMatchObject({
      id: delivery.eventId,
      type: "roll_call.defection",
      subscription: { id: subscription.id, groupName: "4 countries", bodyId: null },
      rollCall: { id: String(defection), session: 76, resolution: `R/76/${defection}`, issues: ["HUMAN_RIGHTS"], yes: 3, no: 1, abstain: 0 },
      group: { position: "YES", yes: 3, no: 1, abstain: 0, memberCount: 4, votingMemberCount: 4 },
      defectors: [{ countryCode: "FRA", vote: "NO" }],
    });
    expect([unanimous, tie].map((rcid) => receiver.deliveries.some((d) => d.eventId.endsWith(`_${rcid}`)))).toEqual([false, false]);
    const listed = await asWhip(`{ alertSubscriptions { totalCount nodes { id deliveredEventCount pendingEventCount failedEventCount } } }`);
    expect(listed.data.alertSubscriptions.nodes.find((s: any) => s.id === subscription.id)).toEqual({
      id: subscription.id,
      deliveredEventCount: 1,
      pendingEventCount: 0,
      failedEventCount: 0,
    });
    await asWhip(`mutation ($input: DeleteAlertSubscriptionInput!) { deleteAlertSubscription(input: $input) { userErrors { code } } }`, {
      input: { id: subscription.id },
    });
  });

  it("keeps events while the receiver is down and delivers each once it is back", async () => {
    receiver.deliveries.length = 0;
    const made = await asWhip(CREATE, { input: { targetUrl: receiver.url, memberCodes: G, secret: SECRET, issues: ["HUMAN_RIGHTS"] } });
    const id = made.data.createAlertSubscription.alertSubscription.id;
    await receiver.stop();
    // Two defections on human rights, one on the economy (outside the subscription's issues).
    const [first, second, economy] = await importNew([
      { issue: "hr", votes: "YYYA" },
      { issue: "hr", votes: "NNYN" },
      { issue: "ec", votes: "YYNY" },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const waiting = hub().services["un-votes"].alerts.store.events(Number(id));
    expect(waiting.map((e) => [e.event_id, e.delivered_at === null, e.attempts > 0])).toEqual([
      [`evt_${id}_${first}`, true, true],
      [`evt_${id}_${second}`, true, true],
    ]);
    // Back, answering 503 once more before taking events.
    receiver.statuses.push(503);
    await receiver.start();
    await receiver.waitFor(() => receiver.acknowledged().length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.acknowledged().sort()).toEqual([`evt_${id}_${first}`, `evt_${id}_${second}`].sort());
    expect(receiver.deliveries.some((d) => d.eventId.endsWith(`_${economy}`))).toBe(false);
    expect(receiver.deliveries.filter((d) => d.status === 503)).toHaveLength(1);
  });

  it("pauses, resumes and deletes by mutation, each change in the audit log with who made it", async () => {
    receiver.deliveries.length = 0;
    const made = await asWhip(CREATE, { input: { targetUrl: receiver.url, memberCodes: G, secret: SECRET } });
    const id = made.data.createAlertSubscription.alertSubscription.id;
    const pause = await asWhip(
      `mutation ($input: SetAlertSubscriptionPausedInput!) { setAlertSubscriptionPaused(input: $input) { alertSubscription { paused } userErrors { code } } }`,
      { input: { id, paused: true } },
    );
    expect(pause.data.setAlertSubscriptionPaused).toEqual({ alertSubscription: { paused: true }, userErrors: [] });
    await importNew([{ votes: "YYNY" }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.deliveries.filter((d) => d.eventId.startsWith(`evt_${id}_`))).toEqual([]);
    await asWhip(`mutation ($input: SetAlertSubscriptionPausedInput!) { setAlertSubscriptionPaused(input: $input) { userErrors { code } } }`, {
      input: { id, paused: false },
    });
    const [afterResume] = await importNew([{ votes: "NYYY" }]);
    await receiver.waitFor(() => receiver.acknowledged().includes(`evt_${id}_${afterResume}`));
    const deleted = await asWhip(
      `mutation ($input: DeleteAlertSubscriptionInput!) { deleteAlertSubscription(input: $input) { alertSubscription { id } userErrors { code message } } }`,
      { input: { id } },
    );
    expect(deleted.data.deleteAlertSubscription).toEqual({ alertSubscription: { id }, userErrors: [] });
    const again = await asWhip(
      `mutation ($input: DeleteAlertSubscriptionInput!) { deleteAlertSubscription(input: $input) { userErrors { field code message } } }`,
      { input: { id } },
    );
    expect(again.data.deleteAlertSubscription.userErrors).toEqual([
      { field: ["input", "id"], code: "NOT_FOUND", message: `id: no alert subscription has the id "${id}"` },
    ]);
    const audit = await asWhip(`{ alertAuditLog(first: 500) { nodes { actor action subscriptionId details } } }`);
    const mine = audit.data.alertAuditLog.nodes.filter((entry: any) => entry.subscriptionId === id);
    expect(mine.map((entry: any) => [entry.actor, entry.action])).toEqual([
      ["whip-fra", "CREATE"],
      ["whip-fra", "PAUSE"],
      ["whip-fra", "RESUME"],
      ["whip-fra", "DELETE"],
    ]);
    expect(JSON.stringify(mine)).not.toContain(SECRET);
    const anonymous = await postGraphQL(hub().gatewayUrl, `{ alertAuditLog { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("watches a body's members, read through the gateway", async () => {
    const made = await asWhip(CREATE, { input: { targetUrl: receiver.url, bodyId: "d10" } });
    expect(made.data.createAlertSubscription.userErrors).toEqual([]);
    expect(made.data.createAlertSubscription.alertSubscription).toMatchObject({
      groupName: "D-10 Strategy Forum",
      memberCodes: ["AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "KOR", "USA"],
    });
    expect(made.data.createAlertSubscription.secret).toMatch(/^[0-9a-f]{64}$/);
    const unknown = await asWhip(CREATE, { input: { targetUrl: receiver.url, bodyId: "cow:NOPE" } });
    expect(unknown.data.createAlertSubscription.userErrors).toEqual([
      { field: ["input", "bodyId"], code: "NOT_FOUND", message: 'bodyId: no body has the id "cow:NOPE"' },
    ]);
  });
});
