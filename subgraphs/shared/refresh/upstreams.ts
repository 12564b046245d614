/**
 * Where each data set is published, for `npm run import -- all upstream` and HUB_REFRESH_INTERVAL.
 * A URL is built in only where the data set has a documented plain copy in the format the
 * importer reads (the unvotes triple in tidytuesday; the UN's resolution files in its own repository). Freedom House (an R package of .rda files),
 * V-Dem (Our World in Data's export) and the Correlates of War registry (Stata archives) publish
 * no such file at a stable address we could check from here, and the UN Digital Library's voting
 * export moves with each release: for those the operator names the URL (HUB_*_UPSTREAM), and a
 * refresh without one says so instead of guessing.
 */
import { optionalString, httpUrl, type Env } from "../../platform/config.js";
import type { DataSetName } from "../datasets/catalogue.js";

export type UpstreamName = "unvotes" | "undl" | "un-resolutions" | "freedomhouse" | "vdem" | "cow-igo";

export type UpstreamSpec = {
  name: UpstreamName;
  /** The data set its rows belong to (DataSet.name). */
  dataSet: DataSetName;
  /** The setting naming its URL. */
  variable: string;
  defaultUrl: string | null;
  /** For a folder of files: their names under the URL; null when the URL is the file. */
  files: string[] | null;
  /** What the URL must hold, for the message when it is not set. */
  expects: string;
  /** How its files are written: CSV unless said otherwise. */
  format?: "csv" | "json-lines";
};

export const UPSTREAMS: Record<UpstreamName, UpstreamSpec> = {
  unvotes: {
    name: "unvotes",
    dataSet: "unvotes",
    variable: "HUB_UNVOTES_UPSTREAM",
    defaultUrl: "https://raw.githubusercontent.com/rfordatascience/tidytuesday/master/data/2021/2021-03-23/",
    files: ["unvotes.csv", "roll_calls.csv", "issues.csv"],
    expects: "a base URL holding unvotes.csv, roll_calls.csv and issues.csv (the unvotes CSV triple)",
  },
  undl: {
    name: "undl",
    dataSet: "unvotes",
    variable: "HUB_UNDL_UPSTREAM",
    defaultUrl: null,
    files: null,
    expects: "the URL of the UN Digital Library's General Assembly voting CSV (votes after 2019), which changes with each release",
  },
  "un-resolutions": {
    name: "un-resolutions",
    dataSet: "un-resolutions",
    variable: "HUB_UN_RESOLUTIONS_UPSTREAM",
    // The UN's own repository; HEAD is its default branch.
    defaultUrl: "https://raw.githubusercontent.com/UNxml/GAresolutions/HEAD/data_extract/",
    files: ["74.json", "75.json", "76.json", "77.json", "78.json", "79.json", "80.json", "ES-10.json", "ES-11.json", "S-32.json"],
    format: "json-lines",
    expects: "a base URL holding the UN's resolution files 74.json … 80.json, ES-10.json, ES-11.json and S-32.json (UNxml/GAresolutions data_extract/)",
  },
  freedomhouse: {
    name: "freedomhouse",
    dataSet: "freedomhouse",
    variable: "HUB_FREEDOMHOUSE_UPSTREAM",
    defaultUrl: null,
    files: null,
    expects: "the URL of a CSV in the format of fh_status_1972-2023.csv",
  },
  vdem: {
    name: "vdem",
    dataSet: "vdem",
    variable: "HUB_VDEM_UPSTREAM",
    defaultUrl: null,
    files: null,
    expects: "the URL of a CSV in the format of regimes_of_the_world.csv (Our World in Data's export)",
  },
  "cow-igo": {
    name: "cow-igo",
    dataSet: "cow-igo",
    variable: "HUB_COW_IGO_UPSTREAM",
    defaultUrl: null,
    files: ["states2016.csv", "igo_year_format3.csv"],
    expects: "a base URL holding states2016.csv and igo_year_format3.csv",
  },
};

/** The URL a refresh reads for `name`, or null when none is set and none is built in. */
export function upstreamUrl(env: Env, spec: UpstreamSpec): string | null {
  const configured = optionalString(env, spec.variable, "");
  if (configured === "none") return null;
  if (configured) return httpUrl(env, spec.variable, configured);
  return spec.defaultUrl;
}
