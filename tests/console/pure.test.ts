/** The console's pure helpers: bloc ordering for the heatmap and CSV text. */
import { describe, expect, it } from "vitest";
import { toCsv } from "../../gateway/console/web/lib/csv.js";
import { blocOrder } from "../../gateway/console/web/lib/seriation.js";
import { describeSearch, readVoteSearch, rollCallFilter } from "../../gateway/console/web/lib/vote-search.js";
import { label, plural } from "../../gateway/console/web/lib/format.js";
import { isRealDay } from "../../gateway/console/web/lib/dates.js";

describe("blocOrder", () => {
  // Two blocs, interleaved in the input: A and C always vote together, so do B and D; across blocs rarely.
  const agreement = (a: string, b: string) => {
    const bloc = (code: string) => (code === "A" || code === "C" || code === "E" ? 0 : 1);
    return bloc(a) === bloc(b) ? 0.95 : 0.2;
  };

  it("puts the members of a bloc next to each other", () => {
    const order = blocOrder(["A", "B", "C", "D", "E"], agreement);
    expect(order).toHaveLength(5);
    expect(new Set(order)).toEqual(new Set(["A", "B", "C", "D", "E"]));
    const positions = (codes: string[]) => codes.map((code) => order.indexOf(code)).sort((x, y) => x - y);
    const contiguous = (indices: number[]) => indices.every((index, i) => i === 0 || index === indices[i - 1] + 1);
    expect(contiguous(positions(["A", "C", "E"]))).toBe(true);
    expect(contiguous(positions(["B", "D"]))).toBe(true);
  });

  it("is deterministic and counts pairs with no common roll call as disagreement", () => {
    const sparse = (a: string, b: string) => ((a === "X" && b === "Z") || (a === "Z" && b === "X") ? 0.9 : null);
    expect(blocOrder(["X", "Y", "Z"], sparse)).toEqual(blocOrder(["X", "Y", "Z"], sparse));
    const order = blocOrder(["X", "Y", "Z"], sparse);
    expect(Math.abs(order.indexOf("X") - order.indexOf("Z"))).toBe(1);
    expect(blocOrder(["P", "Q"], agreement)).toEqual(["P", "Q"]);
  });
});

describe("toCsv", () => {
  it("writes RFC 4180 text: quotes where needed, empty for null, numbers unrounded, CRLF line ends", () => {
    expect(
      toCsv({
        columns: ["code", "note", "share", "flag"],
        rows: [
          ["FRA", 'said "no", then yes', 0.1 + 0.2, true],
          ["DEU", null, 1, false],
        ],
      }),
    ).toBe('code,note,share,flag\r\nFRA,"said ""no"", then yes",0.30000000000000004,true\r\nDEU,,1,false\r\n');
  });

  it("neutralises text a spreadsheet would run as a formula (OWASP), and leaves numbers as numbers", () => {
    const csv = toCsv({
      columns: ["grounds", "share"],
      rows: [
        ['=HYPERLINK("http://example.invalid","x")', -0.25],
        ["+1 vote", 0],
        ["-", 1],
        ["@SUM(A1)", 2],
        ["\tindented", 3],
        ["\rreturn", 4],
        ["plain text", 5],
      ],
    });
    expect(csv.split("\r\n").slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://example.invalid"",""x"")",-0.25`,
      "'+1 vote,0",
      "'-,1",
      "'@SUM(A1),2",
      "'\tindented,3",
      `"'\rreturn",4`,
      "plain text,5",
    ]);
  });
});

describe("the vote search's question, read from its URL", () => {
  it("turns the URL into the API's filter, only with the conditions given, newest first unless asked", () => {
    const { search, problems } = readVoteSearch(new URLSearchParams("q=+Ukraine+&session=76&from=2022-02-24&issue=HUMAN_RIGHTS&sponsor=ukr"));
    expect(problems).toEqual([]);
    expect(rollCallFilter(search)).toEqual({ text: "Ukraine", session: 76, from: "2022-02-24", issue: "HUMAN_RIGHTS", sponsor: "UKR" });
    expect(search.order).toBe("NEWEST_FIRST");
    expect(describeSearch(search)).toBe('containing "Ukraine", in session 76, from 2022-02-24, tagged human rights, sponsored by UKR, newest first');
    const empty = readVoteSearch(new URLSearchParams("order=OLDEST_FIRST"));
    expect(rollCallFilter(empty.search)).toEqual({});
    expect(describeSearch(empty.search)).toBe("all roll calls, oldest first");
  });

  it("says each mistake in words, with what was expected and what was received", () => {
    const { problems, search } = readVoteSearch(
      new URLSearchParams("session=0&from=2024-02-30&to=2023-01-01&issue=TAXES&sponsor=Ukraine&q=" + "x".repeat(201)),
    );
    expect(problems).toEqual([
      "Words: expected at most 200 characters, received 201.",
      'Session: expected a session number such as 79, received "0".',
      'From: expected a day written 2024-09-30, received "2024-02-30".',
      'Issue: expected one of the record\'s six issue tags, received "TAXES".',
      'Sponsor: expected a state\'s three-letter code such as UKR, received "Ukraine".',
    ]);
    expect(search.session).toBeNull();
    expect(readVoteSearch(new URLSearchParams("from=2024-05-01&to=2024-01-01")).problems).toEqual([
      "From 2024-05-01 is after to 2024-01-01: expected the earlier day first.",
    ]);
  });
});

describe("labels and counts as a reader reads them", () => {
  it("writes the sources' names as they do, and plurals as English does", () => {
    expect(label("FREEDOM_HOUSE_FREE_OR_PARTLY_FREE")).toBe("Freedom House free or partly free");
    expect(label("VDEM_ELECTORAL_DEMOCRACY_OR_BETTER")).toBe("V-Dem electoral democracy or better");
    expect(label("FREEDOM_HOUSE_AND_VDEM_AGREE")).toBe("Freedom House and V-Dem agree");
    expect(label("HUMAN_RIGHTS")).toBe("Human rights");
    expect(label("UN_RESOLUTIONS")).toBe("UN resolutions");
    expect(label(null)).toBe("n/a");
    expect([plural(1, "session"), plural(2, "session"), plural(0, "session"), plural(1200, "vote")]).toEqual([
      "1 session",
      "2 sessions",
      "0 sessions",
      "1,200 votes",
    ]);
  });

  it("takes only days that exist", () => {
    expect(["2024-02-29", "2019-12-31"].map(isRealDay)).toEqual([true, true]);
    expect(["2023-02-29", "2019-02-30", "2024-13-01", "2024-1-01", "yesterday", ""].map(isRealDay)).toEqual([false, false, false, false, false, false]);
  });
});
