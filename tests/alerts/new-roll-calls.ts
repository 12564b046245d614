/**
 * Invented roll calls for the alert tests (NOT real data), in the unvotes CSV format, to import
 * after tests/fixtures/unvotes-mini as "new" roll calls. Members USA GBR FRA NAM as in the mini
 * fixture; each roll call's votes are given in that order (Y yes, N no, A abstain, - absent).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type InventedRollCall = { rcid: number; issue: "hr" | "ec" | null; votes: string };

const COUNTRIES = [
  ["United States", "US"],
  ["United Kingdom", "GB"],
  ["France", "FR"],
  ["Namibia", "NA"],
] as const;
const VOTE = { Y: "yes", N: "no", A: "abstain" } as Record<string, string>;

export function writeRollCalls(rollCalls: InventedRollCall[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), "hub-new-roll-calls-"));
  writeFileSync(
    path.join(folder, "un_roll_calls.csv"),
    [
      "rcid,session,importantvote,date,unres,amend,para,short,descr",
      ...rollCalls.map(
        (r) =>
          `${r.rcid},76,0,2021-12-${String((r.rcid % 28) + 1).padStart(2, "0")},R/76/${r.rcid},0,0,INVENTED ROLL CALL ${r.rcid},"AN INVENTED RESOLUTION FOR THE ALERT TESTS, NOT REAL"`,
      ),
    ].join("\n") + "\n",
  );
  writeFileSync(
    path.join(folder, "un_votes.csv"),
    [
      "rcid,country,country_code,vote",
      ...rollCalls.flatMap((r) => [...r.votes].flatMap((vote, i) => (vote === "-" ? [] : [`${r.rcid},${COUNTRIES[i][0]},${COUNTRIES[i][1]},${VOTE[vote]}`]))),
    ].join("\n") + "\n",
  );
  const issueName = { hr: "Human rights", ec: "Economic development" };
  writeFileSync(
    path.join(folder, "un_roll_call_issues.csv"),
    ["rcid,short_name,issue", ...rollCalls.filter((r) => r.issue).map((r) => `${r.rcid},${r.issue},${issueName[r.issue!]}`)].join("\n") + "\n",
  );
  return folder;
}
