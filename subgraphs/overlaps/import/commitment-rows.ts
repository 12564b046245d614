/**
 * What the commitment importers extract and the overlaps store holds: each programme, fund,
 * coalition or action-plan milestone as an activity of the body it belongs to (a government, or
 * the initiative that carries it), and those bodies themselves.
 */
export type CommitmentRow = {
  id: string;
  bodyId: string;
  kind: "PROGRAMME" | "INITIATIVE" | "STRUCTURE";
  title: string;
  description: string;
  /** The source's own heading or commitment the item sits under. */
  theme: string;
  topics: string[];
  countryCodes: string[];
  startDate: string | null;
  endDate: string | null;
  /** In US dollars, as the source states it ("up to $30 million" → 30,000,000); null where none is given. */
  amountUsd: number | null;
  sourceTitle: string;
  sourceUrl: string;
  /** The source document's date. */
  sourceDate: string;
};

export type StructureCategory = "INFORMAL_GROUP" | "DISSOLVED_IGO" | "REGIONAL_UNION" | "GOVERNMENT" | "INITIATIVE";

export type StructureRow = {
  id: string;
  category: StructureCategory;
  name: string;
  /** What it does, in the source's words: an informal group's domain, a dead IGO's mandate, an initiative's purpose. */
  mandate: string | null;
  began: string | null;
  ended: string | null;
  /** Why it ended, in the source's terms; null while it runs or where unknown. */
  endReason: string | null;
  sourceTitle: string;
  sourceUrl: string;
};

/** One spell of membership; dates as precise as the source (a year, or a day). */
export type StructureMemberRow = { structureId: string; countryCode: string; began: string | null; ended: string | null };

/** A slug for ids: lower case, words joined by hyphens. */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
