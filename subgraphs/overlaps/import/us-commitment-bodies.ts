/**
 * The bodies the White House fact sheets' programmes belong to: the Presidential Initiative for
 * Democratic Renewal where the sheet or the programme's own text says so, the G7's Carbis Bay
 * summit for the G7's joint commitments, and otherwise the United States Government itself.
 * Each is named, dated and sourced by the fact sheet that announced it (checked 2026-12-02).
 */
import type { StructureMemberRow, StructureRow } from "./commitment-rows.js";
import type { FactSheet } from "./white-house-parse.js";

const PIDR_SHEET =
  "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/12/09/fact-sheet-announcing-the-presidential-initiative-for-democratic-renewal/";
const CARBIS_BAY = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/06/13/carbis-bay-g7-summit-communique/";

const US_GOVERNMENT = "gov:USA";
const PIDR = "initiative:pidr";
const G7_CARBIS_BAY = "initiative:g7-carbis-bay-2021";

export const US_COMMITMENT_BODIES: readonly StructureRow[] = [
  {
    id: US_GOVERNMENT,
    category: "GOVERNMENT",
    name: "United States Government (democracy-support commitments, 2021–2024)",
    mandate: "foreign assistance and policy commitments for democracy and human rights, through USAID, the State Department and other agencies",
    began: "2021",
    ended: "2024",
    endReason: null,
    sourceTitle: "White House fact sheets on democracy support, 2021–2024",
    sourceUrl: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/",
  },
  {
    id: PIDR,
    category: "INITIATIVE",
    name: "Presidential Initiative for Democratic Renewal",
    mandate:
      "US foreign assistance initiative in five areas: free and independent media; fighting corruption; bolstering democratic reformers; technology for democracy; free and fair elections and political processes",
    began: "2021-12-09",
    ended: null,
    endReason: null,
    sourceTitle: "Fact Sheet: Announcing the Presidential Initiative for Democratic Renewal",
    sourceUrl: PIDR_SHEET,
  },
  {
    id: G7_CARBIS_BAY,
    category: "INITIATIVE",
    name: "G7 Carbis Bay summit commitments (2021)",
    mandate: "commitments of the G7 leaders at Carbis Bay: pandemic, recovery, climate, open societies, forced labour, anti-corruption, ransomware",
    began: "2021-06-13",
    ended: null,
    endReason: null,
    sourceTitle: "Carbis Bay G7 Summit Communiqué",
    sourceUrl: CARBIS_BAY,
  },
];

/** The communiqué's signatories: the G7 states (the EU also attends, as a non-enumerated member). */
const G7_STATES = ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"];

export const US_COMMITMENT_MEMBERS: readonly StructureMemberRow[] = [
  { structureId: US_GOVERNMENT, countryCode: "USA", began: "2021", ended: "2024" },
  { structureId: PIDR, countryCode: "USA", began: "2021-12-09", ended: null },
  ...G7_STATES.map((countryCode) => ({ structureId: G7_CARBIS_BAY, countryCode, began: "2021-06-13", ended: null })),
];

/** The body a programme belongs to, from its fact sheet and its own wording. */
export function usCommitmentBodyId(context: { file: string; sheet: FactSheet; sentence: string; bullet: string }): string {
  if (/carbis-bay-g7|fact-sheet-g7-/.test(context.file)) return G7_CARBIS_BAY;
  if (context.sheet.sourceUrl === PIDR_SHEET || /Presidential Initiative/i.test(`${context.sentence} ${context.bullet}`)) return PIDR;
  return US_GOVERNMENT;
}
