/**
 * Imports the unvotes CSV triple (Voeten's General Assembly data as packaged by the R package
 * `unvotes`): roll calls first, then their issue tags, then the votes, each streamed and written
 * in batched transactions.
 */
import path from "node:path";
import type { FileReport } from "../../shared/import/report.js";
import { isUrl } from "../../shared/import/source.js";
import type { Db } from "../../shared/store.js";
import { all, isoDate, optionalFlag, optionalText, positiveInteger } from "./fields.js";
import { ISSUE_BY_CODE } from "./issues.js";
import { importFile, type ImportOptions } from "../../shared/import/import-file.js";
import { matchUnvotesCountry } from "./vote-countries.js";
import { UnVotesWriter } from "./writer.js";
import { ExistenceCheck } from "./existence-check.js";

/** File names in ../shared/data/unvotes first, then those of the public plain-CSV copy (tidytuesday 2021-03-23). */
const FILES = {
  rollCalls: ["un_roll_calls.csv", "roll_calls.csv"],
  issues: ["un_roll_call_issues.csv", "issues.csv"],
  votes: ["un_votes.csv", "unvotes.csv"],
};

function join(location: string, file: string): string {
  return isUrl(location) ? `${location.replace(/\/?$/, "/")}${file}` : path.join(location, file);
}

const VOTE_CODES: Record<string, 1 | 2 | 3> = { yes: 1, no: 2, abstain: 3 };

/** R's write.csv (the 2024 release) writes a missing number as the bare word NA. */
const missingAsEmpty = (raw: string): string => (raw.trim() === "NA" ? "" : raw);

export async function importUnvotesTriple(db: Db, location: string, options: ImportOptions = {}): Promise<FileReport[]> {
  const writer = new UnVotesWriter(db);
  const existence = new ExistenceCheck();

  const rollCalls = await importFile(
    db,
    FILES.rollCalls.map((file) => join(location, file)),
    ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"],
    options,
    (record, report) => {
      const v = record.values;
      const parsed = all({
        rcid: positiveInteger("rcid", v.rcid),
        session: positiveInteger("session", v.session, 500),
        date: isoDate("date", v.date),
        important: optionalFlag("importantvote", missingAsEmpty(v.importantvote)),
        amendment: optionalFlag("amend", missingAsEmpty(v.amend)),
        paragraph: optionalFlag("para", missingAsEmpty(v.para)),
        resolution: optionalText("unres", v.unres),
        shortTitle: optionalText("short", v.short),
        description: optionalText("descr", v.descr),
      });
      if ("reason" in parsed) {
        report.reject(record.line, parsed.reason);
        return null;
      }
      const row = { ...parsed.values, source: "unvotes" as const, undlId: null };
      return () => report.count(writer.rollCall(row));
    },
  );

  const issues = await importFile(
    db,
    FILES.issues.map((file) => join(location, file)),
    ["rcid", "short_name", "issue"],
    options,
    (record, report) => {
      const v = record.values;
      const rcid = positiveInteger("rcid", v.rcid);
      if ("reason" in rcid) return (report.reject(record.line, rcid.reason), null);
      if (!writer.hasRollCall(rcid.value)) return (report.reject(record.line, `rcid: no roll call ${rcid.value} in the roll calls file or the store`), null);
      const issue = ISSUE_BY_CODE.get(v.short_name.trim());
      if (!issue)
        return (
          report.reject(record.line, `short_name: expected one of ${[...ISSUE_BY_CODE.keys()].join(", ")}, received ${JSON.stringify(v.short_name)}`),
          null
        );
      if (v.issue.trim() !== issue.name)
        return (report.reject(record.line, `issue: expected "${issue.name}" for ${issue.code}, received ${JSON.stringify(v.issue)}`), null);
      return () => report.count(writer.issue(rcid.value, issue.code));
    },
  );

  const votes = await importFile(
    db,
    FILES.votes.map((file) => join(location, file)),
    ["rcid", "country", "country_code", "vote"],
    options,
    (record, report) => {
      const v = record.values;
      const rcid = positiveInteger("rcid", v.rcid);
      if ("reason" in rcid) return (report.reject(record.line, rcid.reason), null);
      if (!writer.hasRollCall(rcid.value)) return (report.reject(record.line, `rcid: no roll call ${rcid.value} in the roll calls file or the store`), null);
      const vote = VOTE_CODES[v.vote.trim()];
      if (!vote) return (report.reject(record.line, `vote: expected yes, no or abstain, received ${JSON.stringify(v.vote)}`), null);
      const date = writer.dateOf(rcid.value)!;
      const country = matchUnvotesCountry(v.country, v.country_code, date);
      if ("reason" in country) return (report.reject(record.line, country.reason), null);
      existence.check(country.code, date, v.country);
      return () => {
        writer.countrySource(country.code, v.country, v.country_code);
        report.count(writer.vote(rcid.value, country.code, vote));
      };
    },
  );

  existence.noteOn(votes);
  return [rollCalls, issues, votes];
}
