/**
 * Whether a state may join the Alliance, from established research and nothing else
 * (principle 4). The policy in force is recorded with every assessment and decision.
 * - FREEDOM_HOUSE_FREE_OR_PARTLY_FREE (default): rated Free or Partly Free by Freedom House;
 * - VDEM_ELECTORAL_DEMOCRACY_OR_BETTER: an electoral or liberal democracy in V-Dem's Regimes of the World;
 * - FREEDOM_HOUSE_AND_VDEM_AGREE: both of the above.
 * Without a year, each source's latest year rated is used; with one, that year's rating or none.
 * No rating means unknown (eligible: null), never a guess.
 */
export enum EligibilityPolicy {
  FREEDOM_HOUSE_FREE_OR_PARTLY_FREE = "FREEDOM_HOUSE_FREE_OR_PARTLY_FREE",
  VDEM_ELECTORAL_DEMOCRACY_OR_BETTER = "VDEM_ELECTORAL_DEMOCRACY_OR_BETTER",
  FREEDOM_HOUSE_AND_VDEM_AGREE = "FREEDOM_HOUSE_AND_VDEM_AGREE",
}

export type FreedomRow = { year: number; political_rights: number; civil_liberties: number; status: "FREE" | "PARTLY_FREE" | "NOT_FREE" };
export type RegimeRow = { year: number; regime: 0 | 1 | 2 | 3 };

export const REGIME_NAMES = ["closed autocracy", "electoral autocracy", "electoral democracy", "liberal democracy"] as const;
const STATUS_NAMES = { FREE: "Free", PARTLY_FREE: "Partly Free", NOT_FREE: "Not Free" } as const;

export type EvidenceItem = {
  source: "Freedom House" | "V-Dem";
  year: number;
  rating: string;
  politicalRights: number | null;
  civilLiberties: number | null;
  regime: number | null;
  meetsPolicy: boolean;
};

export type Assessment = {
  policy: EligibilityPolicy;
  eligible: boolean | null;
  /** The rating the answer rests on, e.g. "Free" or "electoral democracy"; null when unknown. */
  status: string | null;
  source: string;
  year: number | null;
  evidence: EvidenceItem[];
};

function pick<T extends { year: number }>(rows: readonly T[], year: number | null): T | undefined {
  if (year === null) return rows.reduce<T | undefined>((latest, row) => (!latest || row.year > latest.year ? row : latest), undefined);
  return rows.find((row) => row.year === year);
}

function freedomEvidence(row: FreedomRow): EvidenceItem {
  return {
    source: "Freedom House",
    year: row.year,
    rating: STATUS_NAMES[row.status],
    politicalRights: row.political_rights,
    civilLiberties: row.civil_liberties,
    regime: null,
    meetsPolicy: row.status !== "NOT_FREE",
  };
}

function regimeEvidence(row: RegimeRow): EvidenceItem {
  return {
    source: "V-Dem",
    year: row.year,
    rating: REGIME_NAMES[row.regime],
    politicalRights: null,
    civilLiberties: null,
    regime: row.regime,
    meetsPolicy: row.regime >= 2,
  };
}

export function assess(
  policy: EligibilityPolicy,
  freedom: readonly FreedomRow[],
  regimes: readonly RegimeRow[],
  requestedYear: number | null | undefined,
): Assessment {
  // An omitted GraphQL argument arrives as undefined: the same as asking for no particular year.
  const year = requestedYear ?? null;
  const fh = pick(freedom, year);
  const vdem = pick(regimes, year);
  if (policy === EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE) {
    const evidence = fh ? [freedomEvidence(fh)] : [];
    return {
      policy,
      eligible: fh ? evidence[0].meetsPolicy : null,
      status: evidence[0]?.rating ?? null,
      source: "Freedom House, Freedom in the World",
      year: fh?.year ?? year,
      evidence,
    };
  }
  if (policy === EligibilityPolicy.VDEM_ELECTORAL_DEMOCRACY_OR_BETTER) {
    const evidence = vdem ? [regimeEvidence(vdem)] : [];
    return {
      policy,
      eligible: vdem ? evidence[0].meetsPolicy : null,
      status: evidence[0]?.rating ?? null,
      source: "V-Dem, Regimes of the World",
      year: vdem?.year ?? year,
      evidence,
    };
  }
  const evidence = [...(fh ? [freedomEvidence(fh)] : []), ...(vdem ? [regimeEvidence(vdem)] : [])];
  // One source against is enough to say no; both must be known and for to say yes.
  const eligible = evidence.some((e) => !e.meetsPolicy) ? false : evidence.length === 2 ? true : null;
  return {
    policy,
    eligible,
    status: evidence.length ? evidence.map((e) => `${e.source}: ${e.rating}`).join("; ") : null,
    source: "Freedom House and V-Dem",
    year: evidence.length ? Math.min(...evidence.map((e) => e.year)) : year,
    evidence,
  };
}
