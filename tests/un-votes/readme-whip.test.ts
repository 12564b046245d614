/** The README's whip examples, on the whole General Assembly record, return exactly the output the README shows. */
import { beforeAll, describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { importGeneralAssemblyRecord } from "../record.js";
import { seededRandom } from "../conformance/operations.js";

describe("README whip dashboard on the real data", () => {
  // The first answer builds the index of the whole record (about 4 s here alone, more beside other
  // test files on two cores): what this test checks is the answer, so the gateway waits for it.
  const hub = useHub({ HUB_SUBGRAPH_TIMEOUT_MS: "30000" });

  beforeAll(async () => {
    await importGeneralAssemblyRecord(hub().stores["un-votes"]);
  }, 120_000);

  it.each(["For caucus whips: General Assembly votes", "The General Assembly record: coverage, sources and gaps"])(
    "answers the example of %s through the gateway exactly as documented",
    async (heading) => {
      const { query, output } = await readmeExample(heading);
      const result = await hub().query(query);
      expect(result.errors).toBeUndefined();
      expect(result).toEqual(output);
    },
  );

  it("answers a question about a session after the latest record with that fact", async () => {
    const result = await hub().query(
      `{ d10 { generalAssemblyVoting(session: 81) { countedRollCallCount coverage { latestRecordDate afterLatestRecord note } } } }`,
    );
    expect(result.data.d10.generalAssemblyVoting).toEqual({
      countedRollCallCount: 0,
      coverage: {
        latestRecordDate: "2026-06-04",
        afterLatestRecord: true,
        note: "The record ends on 2026-06-04 (session 80); session 81 is after it, so nothing there is recorded yet.",
      },
    });
  });

  it("searches votes: newest first paged by cursor is the oldest-first list reversed, and a sponsor finds the drafts it sponsored or joined", async () => {
    const search = `query ($filter: RollCallFilter, $order: RollCallOrder, $after: String, $first: Int! = 40) {
      rollCalls(filter: $filter, order: $order, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const all = async (filter: Record<string, unknown>, order: string, first = 40) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await hub().query(search, { filter, order, after, first });
        expect(result.errors).toBeUndefined();
        const page = result.data.rollCalls;
        ids.push(...page.nodes.map((node: { id: string }) => node.id));
        if (!page.pageInfo.hasNextPage) return { ids, total: page.totalCount as number };
        after = page.pageInfo.endCursor;
      }
    };
    // Independently: the store's own rows, in the record's order (date, then id).
    const db = hub().stores["un-votes"].db;
    const sponsoredByUkraine = (
      db
        .prepare(
          `SELECT r.rcid FROM roll_call r WHERE EXISTS (SELECT 1 FROM roll_call_sponsor s WHERE s.rcid = r.rcid AND s.country_code = 'UKR')
           AND (lower(coalesce(r.resolution, '')) LIKE '%ukraine%' OR lower(coalesce(r.short_title, '')) LIKE '%ukraine%' OR lower(coalesce(r.description, '')) LIKE '%ukraine%')
           ORDER BY r.date, r.rcid`,
        )
        .pluck()
        .all() as number[]
    ).map(String);
    // Pages of 5, so that the cursor is crossed several times.
    expect(sponsoredByUkraine.length).toBeGreaterThan(10);
    const newest = await all({ text: "Ukraine", sponsor: "UKR" }, "NEWEST_FIRST", 5);
    const oldest = await all({ text: "Ukraine", sponsor: "UKR" }, "OLDEST_FIRST", 5);
    expect(oldest.ids).toEqual(sponsoredByUkraine);
    expect(newest.ids).toEqual([...sponsoredByUkraine].reverse());
    expect(newest.total).toBe(sponsoredByUkraine.length);
    const session74 = await all({ session: 74 }, "NEWEST_FIRST");
    expect(session74.ids).toEqual([...(await all({ session: 74 }, "OLDEST_FIRST")).ids].reverse());

    const unknown = await hub().query(search, { filter: { sponsor: "XXQ" } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toMatch(/filter\.sponsor.*no country has the code "XXQ"/);
  });

  it("shows a roll call in a group's light as the plain count of its members' votes gives it, for 30 generated groups and roll calls", async () => {
    const random = seededRandom(74);
    const index = await hub().query(`{ rollCalls(filter: { session: 76 }, first: 500) { nodes { id } } }`);
    const ids = index.data.rollCalls.nodes.map((node: { id: string }) => node.id) as string[];
    const countries = (await hub().query(`{ countries { code } }`)).data.countries.map((country: { code: string }) => country.code) as string[];
    for (let i = 0; i < 30; i++) {
      const id = ids[Math.floor(random() * ids.length)];
      // Any states the hub knows, some of which (historical states, territories) never vote here.
      const members = [...new Set(Array.from({ length: 1 + Math.floor(random() * 40) }, () => countries[Math.floor(random() * countries.length)]))];
      const result = await hub().query(
        `query ($id: ID!, $members: [String!]!) { rollCall(id: $id) { votes(first: 500) { nodes { country { code } position } }
          inGroup(memberCodes: $members) { memberCodes position yes no abstain defectorCodes absentCodes } } }`,
        { id, members },
      );
      expect(result.errors).toBeUndefined();
      const { votes, inGroup } = result.data.rollCall;
      // The reference: each member's vote looked up in the roll call's list of votes.
      const voteOf = new Map<string, string>(votes.nodes.map((vote: { country: { code: string }; position: string }) => [vote.country.code, vote.position]));
      const counts = { YES: 0, NO: 0, ABSTAIN: 0 } as Record<string, number>;
      for (const code of members) if (voteOf.has(code)) counts[voteOf.get(code)!]++;
      const top = Object.entries(counts).filter(([, n]) => n === Math.max(...Object.values(counts)) && n > 0);
      const position = top.length === 1 ? top[0][0] : null;
      const sorted = [...members].sort();
      expect(inGroup).toEqual({
        memberCodes: sorted,
        position,
        yes: counts.YES,
        no: counts.NO,
        abstain: counts.ABSTAIN,
        defectorCodes: position === null ? [] : sorted.filter((code) => voteOf.has(code) && voteOf.get(code) !== position),
        absentCodes: sorted.filter((code) => !voteOf.has(code)),
      });
    }
    const none = await hub().query(`{ rollCall(id: "3400") { inGroup(memberCodes: []) { position } } }`);
    expect(none.errors?.[0]?.message).toMatch(/memberCodes: expected at least one country code, received an empty list/);
  });

  it("breaks a member's defections down by session and issue, and a state's votes and agreement by session, as the roll-call-by-roll-call count gives them (12 generated groups)", async () => {
    const random = seededRandom(2026);
    const period = { from: "2019-09-01", to: "2026-06-30" };
    const pages = async (query: string, variables: Record<string, unknown>, at: (data: any) => any) => {
      const nodes: any[] = [];
      let after: string | null = null;
      do {
        const result = await hub().query(query, { ...variables, after });
        expect(result.errors).toBeUndefined();
        const page = at(result.data);
        nodes.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return nodes;
    };
    const voters = (await hub().query(`{ countries { code unMember } }`)).data.countries.filter((c: any) => c.unMember).map((c: any) => c.code) as string[];
    const positions = async (members: string[]) =>
      pages(
        `query ($m: [String!]!, $from: Date, $to: Date, $after: String) { generalAssemblyVoting(memberCodes: $m, from: $from, to: $to) {
          positions(first: 500, after: $after) { nodes { position rollCall { id session issues } } pageInfo { hasNextPage endCursor } } } }`,
        { m: members, ...period },
        (data) => data.generalAssemblyVoting.positions,
      );
    const votesOf = async (code: string) =>
      new Map(
        (
          await pages(
            `query ($code: String!, $from: Date, $to: Date, $after: String) { country(code: $code) { votes(filter: { from: $from, to: $to }, first: 500, after: $after) {
              nodes { position rollCall { id } } pageInfo { hasNextPage endCursor } } } }`,
            { code, ...period },
            (data) => data.country.votes,
          )
        ).map((vote) => [vote.rollCall.id as string, vote.position as string]),
      );
    let defectionsSeen = 0;
    for (let i = 0; i < 12; i++) {
      const members = [...new Set(Array.from({ length: 2 + Math.floor(random() * 30) }, () => voters[Math.floor(random() * voters.length)]))];
      const member = members[Math.floor(random() * members.length)];
      const [tallies, votes] = await Promise.all([positions(members), votesOf(member)]);
      // The reference: the member's vote beside the group's position, roll call by roll call.
      const sessions = new Map<number, { compared: number; count: number }>();
      const issues = new Map<string, { compared: number; count: number }>();
      const defected: { id: string; vote: string; groupPosition: string; issues: string[] }[] = [];
      for (const { position, rollCall } of tallies) {
        const vote = votes.get(rollCall.id);
        if (!position || !vote) continue;
        const add = (map: Map<any, { compared: number; count: number }>, key: unknown) => {
          const counts = map.get(key) ?? { compared: 0, count: 0 };
          counts.compared++;
          if (vote !== position) counts.count++;
          map.set(key, counts);
        };
        add(sessions, rollCall.session);
        for (const issue of rollCall.issues) add(issues, issue);
        if (vote !== position) defected.push({ id: rollCall.id, vote, groupPosition: position, issues: rollCall.issues });
      }
      defectionsSeen += defected.length;
      // A member's entry is priced as one of the largest group's (the list's declared size), so pages stay small.
      const result = await hub().query(
        `query ($m: [String!]!, $c: String!, $from: Date, $to: Date) { generalAssemblyVoting(memberCodes: $m, from: $from, to: $to) { defections(countryCode: $c) {
          bySession { session comparedRollCallCount defectionCount } byIssue { issue comparedRollCallCount defectionCount } } } }`,
        { m: members, c: member, ...period },
      );
      expect(result.errors).toBeUndefined();
      const defectionPages = (issue: string | null) =>
        pages(
          `query ($m: [String!]!, $c: String!, $from: Date, $to: Date, $issue: UnIssue, $after: String) { generalAssemblyVoting(memberCodes: $m, from: $from, to: $to) {
            defections(countryCode: $c) { votes(issue: $issue, first: 150, after: $after) { nodes { rollCall { id } vote groupPosition } pageInfo { hasNextPage endCursor } } } } }`,
          { m: members, c: member, issue, ...period },
          (data) => data.generalAssemblyVoting.defections[0].votes,
        );
      const entry = {
        ...result.data.generalAssemblyVoting.defections[0],
        votes: { nodes: await defectionPages(null) },
        humanRights: { nodes: await defectionPages("HUMAN_RIGHTS") },
      };
      const counted = (map: Map<any, { compared: number; count: number }>, key: string) =>
        [...map].map(([value, counts]) => ({ [key]: value, comparedRollCallCount: counts.compared, defectionCount: counts.count }));
      expect(entry.bySession).toEqual(counted(sessions, "session").sort((a: any, b: any) => a.session - b.session));
      expect(new Set(entry.byIssue)).toEqual(new Set(counted(issues, "issue")));
      expect(entry.byIssue.map((row: any) => row.issue)).toEqual(
        ["PALESTINIAN_CONFLICT", "NUCLEAR_WEAPONS", "ARMS_CONTROL", "HUMAN_RIGHTS", "COLONIALISM", "ECONOMIC_DEVELOPMENT"].filter((issue) => issues.has(issue)),
      );
      expect(entry.votes.nodes).toEqual(defected.reverse().map(({ id, vote, groupPosition }) => ({ rollCall: { id }, vote, groupPosition })));
      expect(entry.humanRights.nodes.map((node: any) => node.rollCall.id)).toEqual(defected.filter((d) => d.issues.includes("HUMAN_RIGHTS")).map((d) => d.id));

      // The state's votes per session, and its agreement with another member per session against the one-session answers.
      const other = members.find((code) => code !== member) ?? voters[0];
      const record = await hub().query(
        `query ($c: String!, $o: String!, $from: Date, $to: Date) { country(code: $c) { votesBySession(from: $from, to: $to) { session rollCallCount yes no abstain }
          agreement(withCountryCode: $o, from: $from, to: $to) { bySession { session rollCallCount agreement coincidence } } } }`,
        { c: member, o: other, ...period },
      );
      expect(record.errors).toBeUndefined();
      const bySession = record.data.country.votesBySession as { session: number; rollCallCount: number; yes: number; no: number; abstain: number }[];
      const held = new Map<number, number>();
      for (const { rollCall } of tallies) held.set(rollCall.session, (held.get(rollCall.session) ?? 0) + 1);
      expect(bySession.map((row) => [row.session, row.rollCallCount])).toEqual([...held].sort(([a], [b]) => a - b));
      expect(bySession.reduce((sum, row) => sum + row.yes + row.no + row.abstain, 0)).toBe(votes.size);
      expect(bySession.reduce((sum, row) => sum + row.yes, 0)).toBe([...votes.values()].filter((vote) => vote === "YES").length);
      for (const row of record.data.country.agreement.bySession) {
        const one = await hub().query(
          `query ($c: String!, $o: String!, $s: Int) { country(code: $c) { agreement(withCountryCode: $o, session: $s, from: "2019-09-01", to: "2026-06-30") { rollCallCount agreement coincidence } } }`,
          {
            c: member,
            o: other,
            s: row.session,
          },
        );
        expect(one.data.country.agreement).toEqual({ rollCallCount: row.rollCallCount, agreement: row.agreement, coincidence: row.coincidence });
      }
    }
    // The groups are random: make sure they put the comparison to work.
    expect(defectionsSeen).toBeGreaterThan(50);
  }, 240_000);
});
