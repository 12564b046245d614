/**
 * The console in a real browser (headless Chromium), against a hub with the real data: every page
 * loads without console errors and without a request outside the hub, forms submit and render,
 * charts draw one mark per value, every CSV equals the GraphQL answer it came from, the explorer
 * works with introspection off, a persisted-operations-only gateway still runs the console, and a
 * stopped subgraph blanks only its own panels. Takes a screenshot of each page at 1280×800 (the
 * README's, in docs/console/, with HUB_UPDATE_SCREENSHOTS=1).
 *
 * The Alliance's members are the demonstration admissions of `npm run example:admit-eligible`
 * (their grounds say so); everything else is the real data from ../shared/data.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConsole } from "../../gateway/console/build-console.js";
import { whipAccuracy } from "../../gateway/console/whip-accuracy.js";
import { readConsoleOperations } from "../../gateway/console/operations-manifest.js";
import { readGatewayConfig } from "../../gateway/config.js";
import { createGatewayService } from "../../gateway/server.js";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { importEuMembers } from "../../subgraphs/overlaps/import/structures-import.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { listen } from "../../subgraphs/platform/listen.js";
import { postGraphQL, startHub, type RunningHub } from "../harness.js";
import { realData } from "../shared-data.js";
import { importGeneralAssemblyRecord } from "../record.js";
import { chromiumPath, csvText, downloadCsvFrom, downloadPanelCsv, launchChromium, openPage, panelsSettled, type PageRecord } from "./browser.js";

// The subgraphs read the mode from the environment: the demonstration admissions act as the secretariat.
process.env.HUB_AUTH_MODE = "development";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The README's screenshots are rewritten on request only: each run's differ (import times on the front page).
const SCREENSHOTS = process.env.HUB_UPDATE_SCREENSHOTS === "1" ? path.join(ROOT, "docs", "console") : mkdtempSync(path.join(tmpdir(), "hub-screenshots-"));
const executable = chromiumPath();
const OPERATIONS = new Map(
  readConsoleOperations(path.join(ROOT, "gateway", "console", "web", "operations")).map((operation) => [operation.name, operation.sent]),
);

const WHIPS = "/whips?group=body&body=community-of-democracies&period=dates&from=2010-01-01&to=2019-12-31&reference=USA";
const WHIP_SHEET =
  "/whip-sheet?group=body&body=community-of-democracies&title=Situation+of+human+rights+in+the+Islamic+Republic+of+Iran&issue=HUMAN_RIGHTS&to=2019-09-16";
const VOTE_SEARCH = "/roll-calls?q=Ukraine&sponsor=ukr";
const COUNTRY = "/country?code=FRA&with=USA";
const SECRETARIAT = "/secretariat?check.title=Election+observation+mission&check.topics=elections&check.countries=USA,DEU,JPN";

describe.skipIf(!executable)("the console in a browser, on the real data", () => {
  let hub: RunningHub;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  let consoleDir: string;
  const query = async (name: string, variables: Record<string, unknown> = {}) => {
    const result = await hub.query(OPERATIONS.get(name)!, variables);
    expect(result.errors, name).toBeUndefined();
    return result.data;
  };
  /** Opens a page, waits for its panels, and checks it stayed clean. */
  const visit = async (url: string, options: { allowIdle?: boolean } = {}): Promise<{ page: Page; record: PageRecord; states: Record<string, string> }> => {
    const { page, record } = await openPage(context, origin);
    await page.goto(origin + url);
    const states = await panelsSettled(page, options);
    return { page, record, states };
  };
  const expectClean = (record: PageRecord, url: string) => {
    expect(record.errors, `console errors on ${url}`).toEqual([]);
    expect(record.foreignRequests, `requests outside the hub from ${url}`).toEqual([]);
  };

  beforeAll(async () => {
    consoleDir = mkdtempSync(path.join(tmpdir(), "hub-console-"));
    await buildConsole(consoleDir);
    // Production settings where they matter: introspection off, so the explorer must bring its own schema.
    // The subgraph deadline is raised: each page here asks its analyses cold, on the whole record,
    // while other test files load both cores, and a whip sheet with a new cut-off (its calibration
    // replays six sessions) once took longer than the default 5 s in a CI run on Node 24. What is
    // tested here is the console; the deadline has tests of its own (tests/gateway/deadline*.test.ts).
    hub = await startHub({ HUB_CONSOLE_DIR: consoleDir, HUB_INTROSPECTION: "false", HUB_AUTH_MODE: "development", HUB_SUBGRAPH_TIMEOUT_MS: "30000" });
    origin = new URL(hub.gatewayUrl).origin;
    const quiet = { progress: null };
    await importGeneralAssemblyRecord(hub.stores["un-votes"]);
    await importFreedomHouse(hub.stores.alliance.db, realData("freedomhouse"), quiet);
    await importVdem(hub.stores.alliance.db, realData("vdem"), quiet);
    await importCowIgo(hub.stores.overlaps, realData("cow_igo"), quiet);
    // The EU by its accession dates: the country page compares a member with the EU's position.
    await importEuMembers(hub.stores.overlaps, realData("eu-member-states"));
    await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "subgraphs", "alliance", "examples", "admit-eligible.ts")],
      { env: { ...process.env, HUB_GATEWAY_URL: hub.gatewayUrl } },
    );
    browser = await launchChromium(executable!);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("loads every page without console errors or requests outside the hub, and takes a screenshot of each", async () => {
    const pages: [string, string, { allowIdle?: boolean; scrollTo?: string }][] = [
      ["home", "/", {}],
      ["whips", WHIPS, {}],
      ["whips-cohesion", WHIPS, { scrollTo: "#cohesion" }],
      ["whips-agreement", WHIPS, { scrollTo: "#agreement" }],
      ["roll-call", "/roll-call?id=3400", {}],
      ["roll-calls", VOTE_SEARCH, {}],
      ["country", COUNTRY, { scrollTo: "#agreement-over-time" }],
      ["whip-sheet", WHIP_SHEET, { scrollTo: "#expected" }],
      ["secretariat", SECRETARIAT, {}],
      ["secretariat-map", SECRETARIAT, { scrollTo: "#eligibility-map" }],
    ];
    for (const [name, url, options] of pages) {
      const { page, record, states } = await visit(url, options);
      expect(
        Object.values(states).every((state) => state === "ready"),
        `${url}: ${JSON.stringify(states)}`,
      ).toBe(true);
      if (options.scrollTo) await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: "start" }), options.scrollTo);
      const file = path.join(SCREENSHOTS, `${name}.png`);
      writeFileSync(file, await page.screenshot({ type: "png" }));
      expect(statSync(file).size, `${name}.png`).toBeLessThan(300 * 1024);
      expectClean(record, url);
      await page.close();
    }
    const { page, record } = await openPage(context, origin);
    await page.goto(`${origin}/explorer`);
    await page.waitForSelector(".graphiql-container .CodeMirror");
    const explorerShot = path.join(SCREENSHOTS, "explorer.png");
    writeFileSync(explorerShot, await page.screenshot({ type: "png" }));
    expect(statSync(explorerShot).size).toBeLessThan(300 * 1024);
    expectClean(record, "/explorer");
    await page.close();
  }, 180_000);

  it("whips: one mark per value, and each CSV equals the GraphQL answer", async () => {
    const { page, record } = await visit(WHIPS);
    // The body picker offers every body the hub knows, past the first page of 500: the UN among them.
    const bodyCount = (await query("Bodies", { first: 1 })).bodies.totalCount as number;
    expect(bodyCount).toBeGreaterThan(500);
    expect(await page.locator("datalist#body-options option").count()).toBe(bodyCount);
    expect(await page.locator('datalist#body-options option[value="cow:UN"]').count()).toBe(1);
    expect(await page.locator('input[name="body"]').getAttribute("list")).toBe("body-options");
    const members = (await query("BodyMembers", { id: "community-of-democracies" })).body.memberCodes as string[];
    const variables = { memberCodes: members, session: null, from: "2010-01-01", to: "2019-12-31" };

    const cohesion = (await query("GroupCohesion", variables)).generalAssemblyVoting;
    const sessions = cohesion.cohesionBySession.filter((point: { cohesion: number | null }) => point.cohesion !== null);
    expect(sessions.length).toBeGreaterThan(5);
    expect(await page.locator("figure[data-chart=cohesion] g[aria-label=dot] circle").count()).toBe(sessions.length);
    expect(await page.locator("figure[data-chart=counted] g[aria-label=rect] rect").count()).toBe(cohesion.cohesionBySession.length);
    // A session with under a quarter of the median session's counted roll calls is marked partial (the period starts in session 64).
    const counted = cohesion.cohesionBySession
      .map((point: { countedRollCallCount: number }) => point.countedRollCallCount)
      .sort((a: number, b: number) => a - b);
    const median = counted[Math.floor(counted.length / 2)];
    const cohesionCsv = await downloadPanelCsv(page, "cohesion");
    expect(cohesionCsv[0]).toEqual(["session", "cohesion", "countedRollCallCount", "partial"]);
    expect(cohesionCsv.slice(1).map((row) => row.slice(0, 3))).toEqual(
      cohesion.cohesionBySession.map((point: Record<string, unknown>) => [point.session, point.cohesion, point.countedRollCallCount].map(csvText)),
    );
    expect(cohesionCsv.slice(1).map((row) => row[3] !== "")).toEqual(
      cohesion.cohesionBySession.map((point: { countedRollCallCount: number }) => point.countedRollCallCount < median / 4),
    );

    const defections = (await query("GroupDefections", variables)).generalAssemblyVoting.defections;
    expect(await page.locator("#defections tbody tr").count()).toBe(members.length);
    expect(await downloadPanelCsv(page, "defections")).toEqual([
      ["code", "name", "defectionCount", "comparedRollCallCount", "defectionShare"],
      ...defections.map((row: any) => [row.country.code, row.country.name, row.defectionCount, row.comparedRollCallCount, row.defectionShare].map(csvText)),
    ]);

    const matrix = (await query("GroupAgreement", { ...variables, first: 20_000, after: null })).generalAssemblyVoting.agreementMatrix;
    expect(matrix.totalCount).toBe((members.length * (members.length - 1)) / 2);
    const withAgreement = matrix.nodes.filter((dyad: { agreement: number | null }) => dyad.agreement !== null).length;
    // Both halves of the matrix, the diagonal left blank.
    expect(await page.locator("figure[data-chart=agreement] g[aria-label=cell] rect").count()).toBe(2 * withAgreement);
    expect(await downloadPanelCsv(page, "agreement")).toEqual([
      ["a", "b", "agreement", "rollCallCount"],
      ...matrix.nodes.map((dyad: any) => [dyad.a.code, dyad.b.code, dyad.agreement, dyad.rollCallCount].map(csvText)),
    ]);

    // The reference state is not compared with itself.
    const coincidence = (await query("GroupCoincidence", { ...variables, referenceCountryCode: "USA" })).generalAssemblyVoting.coincidence.filter(
      (row: { country: { code: string } }) => row.country.code !== "USA",
    );
    expect(await page.locator("figure[data-chart=coincidence] g[aria-label=bar] rect").count()).toBe(
      coincidence.filter((row: { coincidence: number | null }) => row.coincidence !== null).length,
    );
    expect(await downloadPanelCsv(page, "coincidence")).toEqual([
      ["code", "name", "coincidence", "same", "opposite", "partial", "bothAbstained"],
      ...coincidence.map((row: any) =>
        [row.country.code, row.country.name, row.coincidence, row.same, row.opposite, row.partial, row.bothAbstained].map(csvText),
      ),
    ]);
    expectClean(record, WHIPS);
    await page.close();
  }, 120_000);

  it("whips: a member's defections open with its vote and the group's position, filter by issue, download, and link to the roll call with the defector highlighted", async () => {
    const { page, record } = await visit(WHIPS);
    const firstRow = page.locator("#defections tbody tr").first();
    const expected = Number((await firstRow.locator("td").nth(1).textContent())!.replace(/,/g, ""));
    const memberCode = (await firstRow.locator(".code").first().textContent())!;
    await firstRow.locator("button").click();
    await firstRow.locator(".defection-list tbody tr").first().waitFor();
    expect(await firstRow.locator(".defection-list tbody tr").count()).toBe(expected);
    // Each row as the API gives it: the member's vote and the group's position.
    const members = (await query("BodyMembers", { id: "community-of-democracies" })).body.memberCodes as string[];
    const period = { memberCodes: members, from: "2010-01-01", to: "2019-12-31", countryCode: memberCode, first: 250 };
    /** Every page of a member's defections, as the page reads them. */
    const defectionVotes = async (variables: Record<string, unknown>) => {
      const nodes: any[] = [];
      let after: string | null = null;
      let totalCount = 0;
      do {
        const votes: any = (await query("MemberDefectionVotes", { ...variables, after })).generalAssemblyVoting.defections[0].votes;
        nodes.push(...votes.nodes);
        totalCount = votes.totalCount;
        after = votes.pageInfo.hasNextPage ? votes.pageInfo.endCursor : null;
      } while (after);
      return { nodes, totalCount };
    };
    const api = await defectionVotes(period);
    expect(api.totalCount).toBe(expected);
    expect(api.nodes).toHaveLength(expected);
    const shown = await firstRow
      .locator(".defection-list tbody tr")
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent)));
    expect(shown.map((cells) => [cells[0], cells[2], cells[3]])).toEqual(
      api.nodes.map((node: any) => [
        node.rollCall.date,
        node.vote[0] + node.vote.slice(1).toLowerCase(),
        node.groupPosition[0] + node.groupPosition.slice(1).toLowerCase(),
      ]),
    );
    const defectionsCsv = await downloadCsvFrom(page, "#defections .defection-list button.link");
    expect(defectionsCsv[0]).toEqual(["rollCallId", "date", "session", "resolution", "title", "vote", "groupPosition", "issues"]);
    expect(defectionsCsv.slice(1).map((row) => [row[0], row[5], row[6]])).toEqual(
      api.nodes.map((node: any) => [node.rollCall.id, node.vote, node.groupPosition]),
    );
    // The issue filter: only the human rights roll calls, as the API filters them.
    const humanRights = await defectionVotes({ ...period, issue: "HUMAN_RIGHTS" });
    await firstRow.getByLabel(`Issue of ${memberCode}'s defections`).selectOption("HUMAN_RIGHTS");
    await expect.poll(() => firstRow.locator(".defection-list .hint").first().textContent()).toMatch(/on human rights/);
    expect(await firstRow.locator(".defection-list tbody tr").count()).toBe(humanRights.totalCount);
    const link = firstRow.locator(".defection-list tbody a").first();
    expect(new URL((await link.getAttribute("href"))!, origin).searchParams.get("highlight")).toBe(memberCode);
    const id = new URL((await link.getAttribute("href"))!, origin).searchParams.get("id")!;
    await Promise.all([page.waitForURL(/\/roll-call\?id=/), link.click()]);
    await panelsSettled(page);
    const rollCall = (await query("RollCallDetail", { id })).rollCall;
    expect(await page.locator("#roll-call tbody tr").count()).toBe(rollCall.votes.totalCount);
    expect(await page.locator("#roll-call .tally").textContent()).toBe(`${rollCall.yes} yes, ${rollCall.no} no, ${rollCall.abstain} abstentions`);
    const csv = await downloadPanelCsv(page, "roll-call");
    expect(csv[0]).toEqual(["code", "name", "position", "group_member", "voted_otherwise"]);
    expect(
      csv
        .slice(1)
        .map((row) => `${row[0]} ${row[2]}`)
        .sort(),
    ).toEqual(rollCall.votes.nodes.map((vote: any) => `${vote.country.code} ${vote.position}`).sort());

    // The link carried the group: the roll call in its light, as the API gives it.
    expect(new URL(page.url()).searchParams.get("body")).toBe("community-of-democracies");
    const inGroup = (await query("RollCallDetail", { id, memberCodes: members, withGroup: true })).rollCall.inGroup;
    expect(inGroup.defectorCodes.length).toBeGreaterThan(0);
    expect(await page.locator("#roll-call .group-light").textContent()).toMatch(
      new RegExp(`${inGroup.defectorCodes.length} voted otherwise, ${inGroup.absentCodes.length} cast no vote`),
    );
    expect(await page.locator("#roll-call tr.group-member").count()).toBe(members.length - inGroup.absentCodes.length);
    expect(await page.locator("#roll-call .defector").count()).toBe(inGroup.defectorCodes.length);
    expect(
      csv
        .slice(1)
        .filter((row) => row[4] === "true")
        .map((row) => row[0])
        .sort(),
    ).toEqual([...inGroup.defectorCodes].sort());
    // Filters: only the group's members, then only the yes votes among them.
    await page.getByLabel("Only the group's members").check();
    expect(await page.locator("#roll-call tbody tr:not([hidden])").count()).toBe(members.length - inGroup.absentCodes.length);
    await page.getByLabel("Show").selectOption("YES");
    expect(await page.locator("#roll-call tbody tr:not([hidden])").count()).toBe(inGroup.yes);
    expect(await page.locator("#roll-call caption").textContent()).toBe(`${inGroup.yes} of ${rollCall.votes.totalCount} votes`);
    // The defector followed here is highlighted, flagged as having voted otherwise.
    expect(await page.locator("#roll-call tr.highlighted").count()).toBe(1);
    expect(await page.locator("#roll-call tr.highlighted .code").textContent()).toBe(memberCode);
    expect(await page.locator("#roll-call tr.highlighted .defector").count()).toBe(1);
    expect(await page.locator("#roll-call .highlight-note").textContent()).toMatch(/voted .*, against the group's /);
    // The region filter narrows the list to the states of one region.
    await page.getByLabel("Only the group's members").uncheck();
    await page.getByLabel("Show").selectOption("");
    await page.getByLabel("Region").selectOption("AFRICA");
    const regions = await page.locator("#roll-call tbody tr:not([hidden]) td:nth-child(2)").allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(["Africa"]));
    // The way back to the group voting page it came from.
    await Promise.all([page.waitForURL(/\/whips\?/), page.locator(".back a").click()]);
    expectClean(record, "/roll-call");
    await page.close();
  }, 60_000);

  it("country: France's record, its agreement with the EU members' position over time as the API gives it, its memberships, eligibility and most isolated votes", async () => {
    const { page, record, states } = await visit(COUNTRY);
    expect(states).toEqual({
      "votes-by-session": "ready",
      "agreement-over-time": "ready",
      "by-issue": "ready",
      "defections-by-body": "ready",
      "isolated-votes": "ready",
      memberships: "ready",
      eligibility: "ready",
    });
    expect(await page.locator("h1").textContent()).toBe("France");

    // Agreement with the EU members' position (France is a member, so the EU is the default body), session by session.
    const eu = (await query("CountryBodyAgreement", { code: "FRA", bodyId: "eu" })).body;
    const entry = eu.generalAssemblyVoting.defections[0];
    const sessions = entry.bySession.filter((s: any) => s.defectionShare !== null);
    expect(sessions.at(-1).session).toBe(80);
    const agreementCsv = await downloadPanelCsv(page, "agreement-over-time");
    const euSeries = `With ${eu.name}'s position`;
    expect(agreementCsv.slice(1).filter((row) => row[0] === euSeries)).toEqual(
      sessions.map((s: any) => [euSeries, csvText(s.session), csvText(1 - s.defectionShare), csvText(s.comparedRollCallCount)]),
    );
    const usa = (await query("CountryAgreementWith", { code: "FRA", withCode: "USA" })).country.agreement;
    expect(agreementCsv.slice(1).filter((row) => row[0] === "With United States")).toEqual(
      usa.bySession.map((s: any) => ["With United States", csvText(s.session), csvText(s.agreement), csvText(s.rollCallCount)]),
    );
    expect(await page.locator("#agreement-over-time figure[data-chart]").getAttribute("data-marks")).toBe(String(agreementCsv.length - 1));
    expect(await page.locator("#agreement-over-time").textContent()).toContain(`With ${eu.name}'s position on `);
    // Sessions resting on under a quarter of the median session's roll calls are said (the 19th held one roll call).
    const euCounts = sessions.map((s: any) => s.comparedRollCallCount).sort((a: number, b: number) => a - b);
    const thin = sessions.filter((s: any) => s.comparedRollCallCount < euCounts[Math.floor(euCounts.length / 2)] / 4);
    expect(thin.map((s: any) => s.session)).toContain(19);
    for (const s of thin) expect(await page.locator("#agreement-over-time").textContent()).toContain(`with ${eu.name}'s position, session ${s.session}: `);

    // Votes per session, by issue, memberships and eligibility: each CSV as the API answers.
    const bySession = (await query("CountryVotesBySession", { code: "FRA" })).country.votesBySession;
    expect((await downloadPanelCsv(page, "votes-by-session")).slice(1)).toEqual(
      bySession.map((s: any) => [s.session, s.rollCallCount, s.yes, s.no, s.abstain].map(csvText)),
    );
    expect((await downloadPanelCsv(page, "by-issue")).slice(1).map((row) => row[0])).toEqual(entry.byIssue.map((row: any) => row.issue));
    const profile = (await query("CountryProfile", { code: "FRA" })).country;
    const membershipsCsv = await downloadPanelCsv(page, "memberships");
    expect(membershipsCsv.slice(1).map((row) => `${row[0]} ${row[2]}`)).toEqual(profile.memberships.map((m: any) => `${m.body.id} ${m.level}`));
    expect(membershipsCsv.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(["eu", "d10", "g7", "cow:NATO", "cow:UN"]));
    expect(await page.locator("#memberships .notice").textContent()).toMatch(/registry ends in 2014/);
    expect(await page.locator("#eligibility .figure").textContent()).toBe(
      `Freedom House free or partly free: ${profile.aodEligibility.eligible ? "eligible" : "not eligible"}, on the ratings of ${profile.aodEligibility.year}.`,
    );

    // Its defections from each hub body it belongs to and the EU, each linking to that body's group voting.
    const bodyLinks = await page
      .locator("#defections-by-body tbody a")
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get("body")));
    expect(bodyLinks).toEqual(expect.arrayContaining(["eu", "d10", "g7"]));
    expect(bodyLinks).toHaveLength(profile.memberships.filter((m: any) => !m.years || m.body.id === "eu").length);

    // The most isolated votes: the CSV holds every vote, lowest company first, and the table its head.
    const isolatedCsv = await downloadPanelCsv(page, "isolated-votes");
    const company = isolatedCsv.slice(1).map((row) => Number(row[9]));
    expect(company).toEqual([...company].sort((a, b) => a - b));
    expect(isolatedCsv.length - 1).toBe(bySession.reduce((sum: number, s: any) => sum + s.yes + s.no + s.abstain, 0));
    expect(await page.locator("#isolated-votes tbody tr").count()).toBe(15);

    // Country names elsewhere link here: the roll call page's list.
    const rollCall = await openPage(context, origin);
    await rollCall.page.goto(`${origin}/roll-call?id=3400`);
    await panelsSettled(rollCall.page);
    expect(await rollCall.page.locator('#roll-call a[href="/country?code=FRA"]').count()).toBe(1);
    await rollCall.page.close();
    expectClean(record, COUNTRY);
    await page.close();
  }, 120_000);

  it("whip sheet: the form submits and every member gets a prediction, at risk first", async () => {
    const { page, record } = await openPage(context, origin);
    await page.goto(`${origin}/whip-sheet`);
    await panelsSettled(page, { allowIdle: true });
    await page.getByLabel("Body", { exact: true }).fill("community-of-democracies");
    await page.getByLabel("Title").fill("Situation of human rights in the Islamic Republic of Iran");
    await page.getByLabel("Human rights").check();
    await page.getByLabel("Precedents up to").fill("2019-09-16");
    await Promise.all([page.waitForURL(/title=/), page.getByRole("button", { name: "Prepare the sheet" }).click()]);
    await panelsSettled(page);
    // The sheet says how good it has been, as the README's latest evaluation measured it.
    const accuracy = whipAccuracy(readFileSync(path.join(ROOT, "README.md"), "utf8"));
    expect(await page.locator("#members .method").textContent()).toContain(
      `on the ${accuracy.votes} votes of sessions ${accuracy.sessions}, asked before each session, it predicted ${accuracy.accuracy} right`,
    );
    const members = (await query("BodyMembers", { id: "community-of-democracies" })).body.memberCodes;
    const sheet = (
      await query("WhipSheet", {
        input: {
          memberCodes: members,
          title: "Situation of human rights in the Islamic Republic of Iran",
          text: null,
          issues: ["HUMAN_RIGHTS"],
          to: "2019-09-16",
        },
      })
    ).whipSheet;
    expect(await page.locator("#members tbody tr").count()).toBe(sheet.members.length);
    expect(await page.locator("#expected tbody tr").count()).toBe(sheet.precedents.length);
    const csv = await downloadPanelCsv(page, "members");
    const atRisk = sheet.atRisk.map((member: any) => member.country.code);
    // The members at risk lead the table, in the sheet's order.
    expect(csv.slice(1, 1 + atRisk.length).map((row) => row[0])).toEqual(atRisk);
    const byCode = new Map(sheet.members.map((member: any) => [member.country.code, member]));
    for (const row of csv.slice(1)) {
      const member: any = byCode.get(row[0]);
      expect(row.slice(2, 5)).toEqual([member.predictedPosition, member.confidence, member.defectionRisk].map(csvText));
      // At risk from the threshold in the form (25% unless changed), said in the caption.
      expect(row[5], row[0]).toBe(String(member.defectionRisk !== null && member.defectionRisk * 100 >= 25));
    }
    const flagged = sheet.members.filter((member: any) => member.defectionRisk !== null && member.defectionRisk * 100 >= 25).length;
    expect(await page.locator("#members caption").textContent()).toBe(
      `${sheet.members.length} members, riskiest first; ${flagged} at risk (a defection risk of 25% or more)`,
    );
    // Precedents by their titles, each a link to the roll call in the group's light.
    const precedent = page.locator("#expected tbody tr").first().locator("a");
    expect(await precedent.textContent()).toBe(sheet.precedents[0].rollCall.shortTitle ?? sheet.precedents[0].rollCall.resolution);
    expect(new URL((await precedent.getAttribute("href"))!, origin).searchParams.get("body")).toBe("community-of-democracies");
    expectClean(record, "/whip-sheet");
    await page.close();
  }, 60_000);

  it("secretariat: forms submit, the map draws every shape and shows the evidence from the keyboard, CSVs equal the answers", async () => {
    const { page, record } = await visit(SECRETARIAT);
    const check = (
      await query("ProposalCheck", {
        input: { title: "Election observation mission", description: null, countryCodes: ["USA", "DEU", "JPN"], topics: ["elections"], startDate: null },
        maxMatches: 10,
      })
    ).checkPlannedActivity;
    expect(await page.locator("#proposal-check tbody tr").count()).toBe(check.matches.length);
    const checkCsv = await downloadPanelCsv(page, "proposal-check");
    expect(checkCsv.slice(1).map((row) => [row[0], row[6]])).toEqual(check.matches.map((match: any) => [match.kind, csvText(match.score)]));

    // A second question through the form itself.
    await page.locator("#proposal-check").getByLabel("Title").fill("Media freedom coalition meeting");
    await page.locator("#proposal-check").getByLabel("Topics").fill("media freedom");
    await page.locator("#proposal-check").getByRole("button", { name: "Check" }).click();
    await page.waitForFunction(() => document.querySelector("#proposal-check")!.getAttribute("data-state") === "ready" && location.search.includes("Media"));

    const near = (await query("NearDuplicateBodies", { year: 2014, minJaccard: 0.9, first: 25, after: null })).nearDuplicateBodies;
    expect(await page.locator("#near-duplicates tbody tr").count()).toBe(near.nodes.length);
    expect((await downloadPanelCsv(page, "near-duplicates")).slice(1).map((row) => [row[0], row[2], row[4]])).toEqual(
      near.nodes.map((pair: any) => [pair.a.id, pair.b.id, csvText(pair.jaccard)]),
    );
    if (near.pageInfo.hasNextPage) {
      const second = (await query("NearDuplicateBodies", { year: 2014, minJaccard: 0.9, first: 25, after: near.pageInfo.endCursor })).nearDuplicateBodies;
      await page.locator("#near-duplicates").getByRole("button", { name: "Next page" }).click();
      await page.waitForFunction(() => document.querySelector("#near-duplicates caption")?.textContent?.includes("page 2"));
      expect(await page.locator("#near-duplicates tbody tr").count()).toBe(second.nodes.length);
    }

    const overlapPanel = page.locator("#membership-overlap");
    await overlapPanel.getByLabel("Body B").selectOption("alliance-of-democracies");
    await overlapPanel.getByRole("button", { name: "Compare" }).click();
    await page.waitForFunction(
      () => document.querySelector("#membership-overlap")!.getAttribute("data-state") === "ready" && location.search.includes("alliance-of-democracies"),
    );
    const overlap = (await query("MembershipOverlap", { aId: "community-of-democracies", bId: "alliance-of-democracies", year: null })).membershipOverlap;
    const overlapCsv = await downloadPanelCsv(page, "membership-overlap");
    expect(overlapCsv.length - 1).toBe(overlap.shared.length + overlap.onlyInA.length + overlap.onlyInB.length);
    expect(overlapCsv.filter((row) => row[2] === "true" && row[3] === "true").map((row) => row[0])).toEqual(overlap.shared.map((country: any) => country.code));

    const eligibility = (await query("EligibilityMap", { year: null, policy: "FREEDOM_HOUSE_FREE_OR_PARTLY_FREE" })).countries;
    expect(await page.locator("#eligibility-map path.country").count()).toBe(177);
    const drawnEligible = await page.locator('#eligibility-map path.country[data-state="eligible"]').count();
    const shapes = await page.$$eval("#eligibility-map path.country[data-code]", (paths) => paths.map((p) => p.getAttribute("data-code")!));
    const eligibleCodes = new Set(eligibility.filter((c: any) => c.aodEligibility?.eligible === true).map((c: any) => c.code));
    expect(drawnEligible).toBe(shapes.filter((code) => eligibleCodes.has(code)).length);
    await page.focus('#eligibility-map path[data-code="HUN"]');
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#eligibility-map .evidence h3").textContent()).toContain("Hungary");
    const mapCsv = await downloadPanelCsv(page, "eligibility-map");
    expect(mapCsv.slice(1)).toEqual(
      eligibility.map((c: any) =>
        [c.code, c.name, c.aodEligibility?.eligible, c.aodEligibility?.year, c.aodEligibility?.freedomStatus, c.aodEligibility?.regime].map(csvText),
      ),
    );

    const alliance = (await query("AllianceRecord")).alliance;
    const decisions = [...alliance.members, ...alliance.applicants].flatMap((member: any) => member.aodDecisions);
    expect(await page.locator("#alliance-record tbody tr").count()).toBe(decisions.length);
    const watch = (await query("BackslidingWatch", { window: 10, toYear: null, first: 200, after: null })).backslidingWatch;
    expect(await page.locator("#backsliding tbody tr").count()).toBe(watch.totalCount);
    // A year no source has rated yet is drawn from each state's latest rating, and said so.
    await page.locator("#eligibility-map").getByLabel("Year").fill("2030");
    await page.locator("#eligibility-map").getByRole("button", { name: "Draw" }).click();
    await expect
      .poll(() => page.locator("#eligibility-map .notice").textContent())
      .toMatch(/^No state has a rating for 2030 yet: shown from each state's latest rating/);
    expect(await page.locator('#eligibility-map path.country[data-state="eligible"]').count()).toBe(drawnEligible);

    // The time of the answers, and a refresh that asks every panel again with the choices kept in the URL.
    const before = await page.locator(".snapshot-time").textContent();
    expect(before).toMatch(/^Answers as the hub gave them at /);
    await page.waitForTimeout(1100);
    await page.getByRole("button", { name: "Refresh every panel" }).click();
    await panelsSettled(page);
    expect(await page.locator(".snapshot-time").textContent()).not.toBe(before);
    expect(await page.locator("#membership-overlap").getByLabel("Body B").inputValue()).toBe("alliance-of-democracies");
    expectClean(record, SECRETARIAT);
    await page.close();
  }, 120_000);

  it("is usable by keyboard and on a phone: every control labelled, nothing scrolls sideways at 390 px", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const url of ["/", WHIPS, "/roll-call?id=3400", VOTE_SEARCH, COUNTRY, WHIP_SHEET, SECRETARIAT]) {
      const { page, record } = await openPage(phone, origin);
      await page.goto(origin + url);
      await panelsSettled(page, { allowIdle: true });
      const unlabelled = await page.$$eval("input, select, textarea", (controls) =>
        controls
          .filter((control) => (control as HTMLInputElement).labels?.length === 0 && !control.getAttribute("aria-label"))
          .map((control) => control.outerHTML.slice(0, 80)),
      );
      expect(unlabelled, url).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        `${url} scrolls sideways`,
      ).toBeLessThanOrEqual(0);
      // The first Tab reaches the skip link, which jumps to the content.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
      if (url === WHIPS) {
        // A member's defections open inside the table, stacked as cards, without sideways scrolling.
        await page.locator("#defections tbody tr").first().locator("button").click();
        await page.locator("#defections .defection-list tbody tr").first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(await page.locator("#defections .defection-list td[data-label=Vote]").first().isVisible()).toBe(true);
        // The heatmap's values without hover: a tap on a cell says its pair and value.
        await page.locator("#agreement figure[data-chart] svg g[aria-label=cell] rect").first().tap();
        expect(await page.locator("#agreement .mark-value").textContent()).toMatch(/^[A-Z]{3} and [A-Z]{3}: [\d.]+% of \d+ roll calls$/);
      }
      expectClean(record, url);
      await page.close();
    }
    await phone.close();
  }, 120_000);

  it("explorer: runs a README operation with introspection off, from the schema built into the page", async () => {
    const introspection = await hub.query("{ __schema { queryType { name } } }");
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    // A browser that never opened the explorer: GraphiQL restores a returning visitor's tabs from local storage instead.
    const firstVisit = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, record } = await openPage(firstVisit, origin);
    await page.goto(`${origin}/explorer`);
    // The README's first operation opens in the editor; run it once it is there.
    await expect.poll(() => page.locator(".graphiql-query-editor").textContent(), { timeout: 15_000 }).toContain("query CountryProfiles");
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => page.locator(".graphiql-response").textContent(), { timeout: 30_000 }).toContain('"countries"');
    expect(await page.locator(".graphiql-response").textContent()).not.toContain('"errors"');
    expectClean(record, "/explorer");
    await firstVisit.close();
  }, 60_000);

  it("runs on a gateway that serves only persisted operations: the console's own manifest is allowed", async () => {
    const manifest = path.join(mkdtempSync(path.join(tmpdir(), "hub-persisted-")), "operations.json");
    writeFileSync(manifest, "{}");
    const env: Record<string, string> = {
      HUB_GATEWAY_PORT: "0",
      HUB_RATE_LIMIT_PER_SECOND: "0",
      HUB_PERSISTED_OPERATIONS: manifest,
      HUB_CONSOLE_DIR: consoleDir,
    };
    for (const subgraph of SUBGRAPHS) env[`${subgraph.envPrefix}_URL`] = hub.subgraphUrls[subgraph.name];
    const strict = await createGatewayService(readGatewayConfig(env));
    try {
      const base = await listen(strict.httpServer, { host: "127.0.0.1", port: 0, service: "strict gateway", portVariable: "test" });
      const refused = await postGraphQL(`${base}/graphql`, '{ countries(codes: ["FRA"]) { name } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
      const strictOrigin = new URL(base).origin;
      const { page, record } = await openPage(context, strictOrigin);
      await page.goto(strictOrigin + WHIPS);
      const states = await panelsSettled(page);
      expect(
        Object.values(states).every((state) => state === "ready"),
        JSON.stringify(states),
      ).toBe(true);
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
      await page.close();
    } finally {
      await strict.stop();
    }
  }, 60_000);

  it("whips and roll call: a session after the record's end is said as such, and a roll call shows its source and sponsors", async () => {
    const after = await visit("/whips?group=body&body=d10&period=session&session=81&reference=USA");
    for (const id of ["cohesion", "defections", "agreement", "coincidence"]) {
      expect(after.states[id], id).toBe("failed");
      expect(await after.page.locator(`#${id} .unavailable`).textContent(), id).toMatch(/The record ends on 2026-06-04 \(session 80\); session 81 is after it/);
    }
    expectClean(after.record, "/whips after the record");
    await after.page.close();
    const { page, record } = await visit("/roll-call?id=191100010");
    const facts = await page.locator(".facts").textContent();
    expect(facts).toMatch(/ES-11 \(during session 76\)/);
    expect(facts).toMatch(/the UN's resolution files \(source: United Nations\)/);
    expect(await page.locator(".facts .sponsors").textContent()).toMatch(/Ukraine/);
    expect(await page.locator(".tally").textContent()).toBe("141 yes, 5 no, 35 abstentions");
    expectClean(record, "/roll-call?id=191100010");
    await page.close();
  }, 60_000);

  it("vote search: finds votes newest first with their tallies, pages on, links each to its roll call, and says a mistake in words", async () => {
    const { page, record } = await visit(VOTE_SEARCH);
    const all = await query("RollCallSearch", { filter: { text: "Ukraine", sponsor: "UKR" }, first: 500, order: "NEWEST_FIRST" });
    const expected = all.rollCalls.nodes as { id: string; date: string; yes: number; no: number; abstain: number }[];
    expect(expected.length).toBeGreaterThan(0);
    const rows = page.locator("#roll-calls tbody tr");
    expect(await rows.count()).toBe(Math.min(50, expected.length));
    expect(await page.locator("#roll-calls caption").textContent()).toMatch(
      new RegExp(`of ${all.rollCalls.totalCount} roll calls: containing "Ukraine", sponsored by UKR, newest first`),
    );
    // Newest first, each row's tally as recorded.
    const first = rows.first();
    expect(await first.locator("td").nth(0).textContent()).toBe(expected[0].date);
    expect(await first.locator("td").nth(5).textContent()).toBe(String(expected[0].yes));
    const csv = await downloadPanelCsv(page, "roll-calls");
    expect(csv.slice(1).map((row) => row[0])).toEqual(expected.slice(0, 50).map((rollCall) => rollCall.id));
    const link = first.locator("a");
    await Promise.all([page.waitForURL(/\/roll-call\?id=/), link.click()]);
    await panelsSettled(page);
    expect(new URL(page.url()).searchParams.get("id")).toBe(expected[0].id);
    expectClean(record, VOTE_SEARCH);
    await page.close();

    // A session's votes run past one page: "Show more" adds the next one.
    const session = await visit("/roll-calls?session=79&order=OLDEST_FIRST");
    const sessionAll = await query("RollCallSearch", { filter: { session: 79 }, first: 500, order: "OLDEST_FIRST" });
    expect(sessionAll.rollCalls.totalCount).toBeGreaterThan(50);
    await session.page.locator("#roll-calls button.more").click();
    await session.page.locator("#roll-calls tbody tr").nth(50).waitFor();
    const shown = await session.page.locator("#roll-calls tbody tr").count();
    expect(shown).toBe(Math.min(100, sessionAll.rollCalls.totalCount));
    expect(
      await session.page
        .locator("#roll-calls tbody tr")
        .nth(99 < shown ? 99 : shown - 1)
        .locator("td")
        .nth(0)
        .textContent(),
    ).toBe(sessionAll.rollCalls.nodes[shown - 1].date);
    expectClean(session.record, "/roll-calls?session=79");
    await session.page.close();

    const wrong = await visit("/roll-calls?session=seventy&from=2024-02-30");
    expect(wrong.states["roll-calls"]).toBe("failed");
    const said = await wrong.page.locator("#roll-calls .unavailable").textContent();
    expect(said).toMatch(/Session: expected a session number such as 79, received "seventy"\./);
    expect(said).toMatch(/From: expected a day written 2024-09-30, received "2024-02-30"\./);
    expect(said).not.toMatch(/Variable/);
    expectClean(wrong.record, "/roll-calls with mistakes");
    await wrong.page.close();
  }, 90_000);

  it("whips: a first visit shows a group by default, one session draws one tick, the reference is not compared with itself, a mistake is said once", async () => {
    const first = await visit("/whips");
    expect(Object.values(first.states).every((state) => state === "ready")).toBe(true);
    expect(await first.page.locator(".summary").textContent()).toMatch(/: \d+ members, every roll call on record\. Shown by default/);
    // The session the record ends in is drawn hollow and said to be partial.
    expect(await first.page.locator("#cohesion .partial-sessions").textContent()).toContain("session 80: the record ends on 2026-06-04, within this session");
    expectClean(first.record, "/whips");
    await first.page.close();

    const one = await visit("/whips?group=body&body=community-of-democracies&period=session&session=74&reference=USA");
    expect(await one.page.locator("#cohesion .figure").textContent()).toMatch(/in 1 session\.$/);
    const ticks = await one.page.locator('#cohesion svg [aria-label="x-axis tick label"] text').allTextContents();
    expect(ticks.filter((tick, i) => tick === "74" && i < ticks.length / 2)).toEqual(["74"]);
    const members = (await query("BodyMembers", { id: "community-of-democracies" })).body.memberCodes as string[];
    expect(members).toContain("USA");
    const bars = Number(await one.page.locator('#coincidence figure[data-chart="coincidence"]').getAttribute("data-marks"));
    const coincidence = (await query("GroupCoincidence", { memberCodes: members, session: 74, from: null, to: null, referenceCountryCode: "USA" }))
      .generalAssemblyVoting.coincidence as { country: { code: string }; coincidence: number | null }[];
    expect(bars).toBe(coincidence.filter((row) => row.coincidence !== null && row.country.code !== "USA").length);
    expectClean(one.record, "/whips one session");
    await one.page.close();

    for (const [url, said] of [
      ["/whips?group=countries&countries=", /^Countries: expected at least one code, typed \(FRA, DEU\) or picked from the list; received none\.$/],
      ["/whips?group=body&body=d10&period=dates&from=2019-02-30", /^From: expected a day written 2019-12-31, received "2019-02-30"\.$/],
    ] as const) {
      const { page, record } = await visit(url, { allowIdle: true });
      expect(await page.locator('[role="alert"]').textContent(), url).toMatch(said);
      expect(await page.locator(".panel .unavailable").count(), url).toBe(0);
      expect(await page.locator(".panel[data-state=idle]").count(), url).toBe(4);
      expectClean(record, url);
      await page.close();
    }
  }, 120_000);

  it("with the alliance subgraph stopped, blanks only its panels and says why", async () => {
    await hub.subgraphServices.alliance.stop();
    const { page, states } = await visit(SECRETARIAT);
    for (const id of ["eligibility-map", "alliance-record", "backsliding"]) {
      expect(states[id], id).toBe("failed");
      expect(await page.locator(`#${id} .unavailable`).textContent(), id).toMatch(/alliance/);
    }
    for (const id of ["proposal-check", "near-duplicates", "membership-overlap"]) expect(states[id], id).toBe("ready");
    await page.close();
    const whips = await visit(WHIPS);
    expect(
      Object.values(whips.states).every((state) => state === "ready"),
      JSON.stringify(whips.states),
    ).toBe(true);
    await whips.page.close();
  }, 60_000);
});
