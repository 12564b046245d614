/**
 * An alert subscription belongs to its creator's delegation, or to the secretariat (probe, #25: a
 * delegate of Germany listed France's webhook URL with its `?token=…`, then paused and deleted
 * France's subscription). A delegate lists, changes and reads the history of its own delegation's
 * subscriptions only; another's answers as if it did not exist; a target's query string is never
 * shown back, to anyone.
 */
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";

// Read by the un-votes subgraph when its alerts start. The target is on loopback and never called:
// no roll call is imported here, so no event is made.
Object.assign(process.env, { HUB_AUTH_MODE: "development", HUB_WEBHOOK_ALLOW_HTTP: "true", HUB_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1" });

const claims = (sub: string, roles: string[], country?: string) => JSON.stringify({ sub, roles, ...(country ? { country } : {}) });
const FRANCE = claims("whip-fra", ["MEMBER_STATE_DELEGATE"], "FRA");
const GERMANY = claims("whip-deu", ["MEMBER_STATE_DELEGATE"], "DEU");
const NO_COUNTRY = claims("whip-nowhere", ["MEMBER_STATE_DELEGATE"]);
const SECRETARIAT = claims("secretariat-1", ["SECRETARIAT"]);

const CREATE = `mutation ($input: CreateAlertSubscriptionInput!) {
  createAlertSubscription(input: $input) { alertSubscription { id targetUrl } userErrors { code message } }
}`;
const LIST = `{ alertSubscriptions(first: 50) { totalCount nodes { id targetUrl } } alertAuditLog(first: 50) { totalCount nodes { subscriptionId action details } } }`;
const PAUSE = `mutation ($input: SetAlertSubscriptionPausedInput!) { setAlertSubscriptionPaused(input: $input) { alertSubscription { id paused } userErrors { code message } } }`;
const DELETE = `mutation ($input: DeleteAlertSubscriptionInput!) { deleteAlertSubscription(input: $input) { alertSubscription { id } userErrors { code message } } }`;

describe("who owns an alert subscription", () => {
  const hub = useHub({ HUB_AUTH_MODE: "development" }, { subgraphs: ["un-votes"] });
  const as = (who: string, query: string, variables?: Record<string, unknown>) =>
    fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": who },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<any>);
  const target = "http://127.0.0.1:9/hooks/france?token=s3cr3t-t0k3n";

  it("keeps France's subscription from Germany's delegate, and its token from everyone", async () => {
    const made = await as(FRANCE, CREATE, { input: { targetUrl: target, memberCodes: ["FRA", "DEU", "ITA"] } });
    expect(made.data.createAlertSubscription.userErrors).toEqual([]);
    const { id, targetUrl } = made.data.createAlertSubscription.alertSubscription;
    expect(targetUrl).toBe("http://127.0.0.1:9/hooks/france?…");

    const germany = await as(GERMANY, LIST);
    expect(germany.data.alertSubscriptions).toEqual({ totalCount: 0, nodes: [] });
    expect(germany.data.alertAuditLog).toEqual({ totalCount: 0, nodes: [] });
    for (const [mutation, input] of [
      [PAUSE, { id, paused: true }],
      [DELETE, { id }],
    ] as const) {
      const refused = await as(GERMANY, mutation, { input });
      const payload = Object.values(refused.data)[0] as { alertSubscription: unknown; userErrors: { code: string; message: string }[] };
      expect(payload.alertSubscription).toBeNull();
      expect(payload.userErrors).toEqual([{ code: "NOT_FOUND", message: `id: no alert subscription has the id "${id}"` }]);
    }

    const france = await as(FRANCE, LIST);
    expect(france.data.alertSubscriptions.nodes).toEqual([{ id, targetUrl: "http://127.0.0.1:9/hooks/france?…" }]);
    expect(france.data.alertAuditLog.nodes.map((entry: any) => entry.action)).toEqual(["CREATE"]);
    const secretariat = await as(SECRETARIAT, LIST);
    expect(secretariat.data.alertSubscriptions.nodes.map((node: any) => node.id)).toContain(id);
    const everything = JSON.stringify([france, secretariat]);
    expect(everything).not.toContain("s3cr3t-t0k3n");

    expect((await as(FRANCE, PAUSE, { input: { id, paused: true } })).data.setAlertSubscriptionPaused.alertSubscription).toEqual({ id, paused: true });
    const deleted = await as(FRANCE, DELETE, { input: { id } });
    expect(deleted.data.deleteAlertSubscription.alertSubscription).toEqual({ id });
    const audit = await as(SECRETARIAT, LIST);
    expect(JSON.stringify(audit.data.alertAuditLog)).not.toContain("s3cr3t-t0k3n");
  });

  it("refuses a delegate whose token names no country, saying why", async () => {
    const answer = await as(NO_COUNTRY, LIST);
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(answer.errors?.[0]?.message).toMatch(/expected a `country` claim in the token/);
  });
});
