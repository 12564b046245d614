/**
 * A process for the crash tests to kill -9: it either imports the real UN votes in batches or
 * records evidence in a tight loop, printing a line after each write is committed (acknowledged).
 * It prints "ready" once its store is open, so the kill falls among the writes, not during start-up.
 */
import "reflect-metadata";
import { Role } from "../../subgraphs/shared/auth.js";
import { allianceCommands } from "../../subgraphs/alliance/commands/index.js";
import { EligibilityPolicy } from "../../subgraphs/alliance/rules/eligibility.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";

const [mode, file, source] = process.argv.slice(2);

if (mode === "import") {
  const store = openUnVotesStore(file);
  process.stdout.write("ready\n");
  await importUnVotes(store, source, { progress: null, batchSize: 5000, onCommit: () => process.stdout.write("batch\n") });
  process.stdout.write("done\n");
} else if (mode === "mutations") {
  const commands = allianceCommands(openAllianceStore(file), EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE);
  const actor = { id: "crash-test", roles: [Role.SECRETARIAT], country: null, participant: null };
  process.stdout.write("ready\n");
  for (let i = 0; ; i++) {
    const row = commands.sanctions.recordEvidence(actor, {
      countryCode: "BLR",
      grounds: "GROSS_HUMAN_RIGHTS_ABUSES",
      description: `crash test write ${i}`,
      sourceTitle: "crash test",
      observedOn: new Date("2026-01-01"),
    });
    process.stdout.write(`ack ${row.id}\n`);
    if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
