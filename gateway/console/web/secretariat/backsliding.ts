/** The backsliding watch: members and applicants whose ratings worsened over a window. */
import { field, h, table } from "../lib/dom.js";
import { count, label } from "../lib/format.js";
import { describeErrors, type ResultOf } from "../lib/graphql.js";
import { allPages } from "../lib/paging.js";
import { Panel, Unavailable } from "../lib/panel.js";
import { numberOrNull, panelForm, savedValue } from "./forms.js";
import { countryLink } from "../lib/country-link.js";

type Page = NonNullable<ResultOf<"BackslidingWatch">["backslidingWatch"]>;
type Flag = Page["nodes"][number];

const PREFIX = "watch";

export function mountBackslidingWatch(parent: HTMLElement, params: URLSearchParams): void {
  const form = panelForm(
    "Backsliding watch",
    PREFIX,
    [
      field("Window (years)", h("input", { name: "window", type: "number", min: 1, max: 50, value: savedValue(params, PREFIX, "window", "10") })),
      field(
        "Up to",
        h("input", { name: "toYear", type: "number", min: 1973, max: 2100, value: savedValue(params, PREFIX, "toYear") }),
        "Empty: the latest ratings.",
      ),
    ],
    "Show",
    (values) => void run(values),
  );
  const panel = new Panel(parent, {
    id: "backsliding",
    title: "Backsliding watch",
    method:
      "Members and applicants whose Freedom House status went down, or whose political rights and " +
      "civil liberties scores (1 best, 7 worst) rose, between the window's first and last rating; " +
      "worsening = the rise in the two scores together. Most worsened first.",
    controls: form,
  });
  const run = (values: FormData) =>
    panel.run("Reading the ratings", async () => {
      const read = await allPages(
        "BackslidingWatch",
        { window: numberOrNull(values.get("window")) ?? 10, toYear: numberOrNull(values.get("toYear")), first: 200 },
        (data) => data.backslidingWatch,
      );
      if (!read.complete) throw new Unavailable(describeErrors(read.errors) || "the hub returned no watch list");
      const flags: Flag[] = read.nodes;
      return {
        content:
          flags.length === 0
            ? h("p", {}, "No member or applicant backslid over this window (the watch covers only the Alliance's members and applicants).")
            : h(
                "div",
                { class: "table-scroll" },
                table(
                  ["Country", "Standing", "Worsening", "Reasons"],
                  flags.map((flag) => [
                    flag.country ? countryLink(flag.country.code, flag.country.name) : "?",
                    label(flag.membershipStatus),
                    count(flag.worsening),
                    flag.reasons.join("; "),
                  ]),
                  `${flags.length} flagged`,
                ),
              ),
        csv: {
          filename: "backsliding-watch.csv",
          table: {
            columns: ["code", "name", "membershipStatus", "worsening", "reasons"],
            rows: flags.map((f) => [f.country?.code, f.country?.name, f.membershipStatus, f.worsening, f.reasons.join("; ")]),
          },
        },
      };
    });
  void run(new FormData(form));
}
