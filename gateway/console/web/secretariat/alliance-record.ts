/** The Alliance's members and applicants with every membership decision on record. */
import { h, table } from "../lib/dom.js";
import { label } from "../lib/format.js";
import { describeErrors, request } from "../lib/graphql.js";
import { Panel, Unavailable } from "../lib/panel.js";

export function mountAllianceRecord(parent: HTMLElement): void {
  const panel = new Panel(parent, {
    id: "alliance-record",
    title: "The Alliance's members and decisions",
    method:
      "From the Alliance's system of record: every admission, application, suspension and withdrawal " +
      "is a decision with its day, grounds and the eligibility seen at the time. Members and applicants " +
      "today, each decision listed newest first.",
  });
  void panel.run("Reading the Alliance's record", async () => {
    const answer = await request("AllianceRecord", {});
    const alliance = answer.data?.alliance;
    if (!alliance?.members) throw new Unavailable(describeErrors(answer.errors) || "the hub returned no Alliance record");
    const people = [
      ...alliance.members.map((m) => ({ ...m, standing: "Member" })),
      ...(alliance.applicants ?? []).map((m) => ({ ...m, standing: "Applicant" })),
    ];
    const decisions = people
      .flatMap((member) => (member.aodDecisions ?? []).map((decision) => ({ member, decision })))
      .sort((a, b) => b.decision.decidedOn.localeCompare(a.decision.decidedOn) || Number(b.decision.id) - Number(a.decision.id));
    return {
      content: h(
        "div",
        {},
        h(
          "p",
          { class: "figure" },
          `${alliance.memberCount ?? alliance.members.length} members and ${(alliance.applicants ?? []).length} ` +
            `applicants; policy in force: ${label(alliance.eligibilityPolicy)}.`,
        ),
        decisions.length === 0
          ? h("p", {}, "No membership decision is on record yet.")
          : h(
              "div",
              { class: "table-scroll" },
              table(
                ["Country", "Decision", "Decided on", "Eligible then", "Grounds", "Override", "Recorded by"],
                decisions.map(({ member, decision }) => [
                  `${member.name} (${member.code})`,
                  label(decision.status),
                  decision.decidedOn,
                  decision.eligibleAtTheTime === null ? "unknown" : decision.eligibleAtTheTime ? "yes" : "no",
                  decision.grounds,
                  decision.overrideReason ?? "",
                  decision.recordedBy,
                ]),
                `${decisions.length} decisions, newest first`,
              ),
            ),
      ),
      csv: {
        filename: "alliance-decisions.csv",
        table: {
          columns: ["code", "name", "standing", "decisionId", "status", "decidedOn", "eligibleAtTheTime", "grounds", "overrideReason", "recordedBy"],
          rows: decisions.map(({ member, decision: d }) => [
            member.code,
            member.name,
            member.standing,
            d.id,
            d.status,
            d.decidedOn,
            d.eligibleAtTheTime,
            d.grounds,
            d.overrideReason,
            d.recordedBy,
          ]),
        },
      },
      warning: answer.errors.length > 0 ? describeErrors(answer.errors) : undefined,
    };
  });
}
