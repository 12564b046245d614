/** The secretariat's screen: before creating anything, what exists; who may join; the Alliance's record. */
import { h } from "../lib/dom.js";
import { bodyOptions } from "../lib/group.js";
import { startPage } from "../lib/page.js";
import { mountAllianceRecord } from "../secretariat/alliance-record.js";
import { mountBackslidingWatch } from "../secretariat/backsliding.js";
import { mountCodBesideAlliance } from "../secretariat/cod-beside-alliance.js";
import { mountEligibilityMap } from "../secretariat/eligibility-map.js";
import { mountMembershipOverlap } from "../secretariat/membership-overlap.js";
import { mountNearDuplicates } from "../secretariat/near-duplicates.js";
import { mountProposalCheck } from "../secretariat/proposal-check.js";

const { main } = startPage();
main.append(
  h(
    "p",
    { class: "lead" },
    "No duplicate or parallel structures: check what exists before creating anything, see who is eligible to join, and keep the Alliance's record in view.",
  ),
);
const stamp = h("span", { class: "snapshot-time" });
main.append(
  h(
    "p",
    { class: "snapshot", "aria-live": "polite" },
    stamp,
    " ",
    h("button", { type: "button", class: "link", onclick: () => mountAll() }, "Refresh every panel"),
  ),
);
const panels = h("div", { class: "panels" });
main.append(panels);
const bodies = bodyOptions();

/** Every panel asked again, with the choices its form keeps in the URL: what the hub holds now. */
function mountAll(): void {
  const params = new URLSearchParams(location.search);
  panels.replaceChildren();
  stamp.textContent =
    `Answers as the hub gave them at ${new Date().toLocaleString("en-GB")}; the hub's own bodies ` +
    `are read again after every change made through the gateway.`;
  mountProposalCheck(panels, params);
  mountCodBesideAlliance(panels);
  mountMembershipOverlap(panels, params, bodies);
  mountNearDuplicates(panels, params);
  mountEligibilityMap(panels, params);
  mountAllianceRecord(panels);
  mountBackslidingWatch(panels, params);
}
mountAll();
