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

const { main, params } = startPage();
main.append(
  h(
    "p",
    { class: "lead" },
    "No duplicate or parallel structures: check what exists before creating anything, see who is eligible to join, and keep the Alliance's record in view.",
  ),
);
const panels = h("div", { class: "panels" });
main.append(panels);

mountProposalCheck(panels, params);
mountCodBesideAlliance(panels);
mountMembershipOverlap(panels, params, bodyOptions());
mountNearDuplicates(panels, params);
mountEligibilityMap(panels, params);
mountAllianceRecord(panels);
mountBackslidingWatch(panels, params);
