/**
 * A process for the alert crash test to kill -9. `prepare`: the mini fixture, a subscription to the
 * receiver, then new roll calls with defections (events in the outbox). `deliver`: sends the outbox,
 * printing "ready" once its store is open, until it is killed.
 */
import "reflect-metadata";
import path from "node:path";
import { Role } from "../../subgraphs/shared/auth.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { createUnVotesServices } from "../../subgraphs/un-votes/services.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { FIXTURES } from "../shared-data.js";

const [mode, file, receiverUrl, newRollCalls] = process.argv.slice(2);
const store = openUnVotesStore(file);
const { alerts } = createUnVotesServices(store);

if (mode === "prepare") {
  await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), { progress: null });
  const actor = { id: "crash-test", roles: [Role.SECRETARIAT], country: null, participant: null };
  const { subscription } = await alerts.create(actor, {
    targetUrl: receiverUrl,
    bodyId: null,
    memberCodes: ["USA", "GBR", "FRA", "NAM"],
    issues: [],
    secret: "crash-test-secret-0123456789",
  });
  await importUnVotes(store, newRollCalls, { progress: null });
  process.stdout.write(`prepared ${subscription.id} ${alerts.store.counts(subscription.id).pending}\n`);
  store.close();
} else if (mode === "deliver") {
  alerts.deliverer.start();
  process.stdout.write("ready\n");
  setInterval(() => {}, 1000);
}
