/**
 * A draft's sponsors as the UN's resolution files list them, resolved to states. The lists are
 * mostly one state an entry, but entries also join several states ("AUSTRALIA, AUSTRIA AND
 * IRELAND", "ANGOLA BAHAMAS"), add who a state spoke for ("CUBA (ON BEHALF OF … THE GROUP OF 77
 * AND CHINA)"), or name no state at all ("SUBMITTED BY THE CHAIR OF THE COMMITTEE", "THE
 * REPRESENTATIVE OF GHANA, ON BEHALF OF THE BUREAU"): those are kept as a note, not as sponsors.
 */
import { resolveUnName } from "./un-names.js";

export type ParsedSponsors = {
  codes: string[];
  /** Entries that name a committee, an officer or a bureau rather than states. */
  notes: string[];
  /** Entries neither a state nor a known kind of note: reported by the import. */
  unresolved: string[];
};

/** Entries that say who submitted a draft when it was not states. */
const NOT_STATES =
  /^(WAS )?SUBMITTED BY|^INTRODUCED IN THE COMMITTEE|^ON THE BASIS OF|^THE REPRESENTATIVE OF .* BUREAU|^THE AMENDMENT|^ANNEX:|INFORMAL CONSULTATIONS/i;

/** "(on behalf of …)", "(in its capacity as …)" and ", on behalf of …" say whom a sponsor spoke for, not who sponsored. */
function withoutOnBehalf(entry: string): string {
  return entry
    .replace(/\((ON|OF) BEHALF OF[^)]*(\([^)]*\))?[^)]*\)/gi, " ")
    .replace(/\(IN ITS CAPACITY AS[^)]*\)/gi, " ")
    .replace(/,?\s+ON BEHALF OF .*$/i, " ")
    .replace(/\(\s*\)/g, " ");
}

/**
 * Splits text into states, trying the whole first, then its parts at commas, then at "and" and
 * spaces (so that "ANTIGUA AND BARBUDA" stays one state while "MAURITANIA AND UNITED REPUBLIC OF
 * TANZANIA" becomes two): the fewest pieces that are all states.
 */
function statesIn(text: string): string[] | null {
  const whole = resolveUnName(text);
  if (whole) return [whole];
  const parts = text
    .split(/[,;]|\.\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1) {
    const codes = parts.map((part) => statesIn(part));
    return codes.every(Boolean) ? (codes.flat() as string[]) : null;
  }
  const words = text.trim().split(/\s+/);
  // best[i]: the fewest states covering words[0..i), or null.
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= words.length; end++) {
    best[end] = null;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const piece = words
        .slice(start, end)
        .join(" ")
        .replace(/^AND\s+/i, "");
      const code = piece === "" || /^and$/i.test(piece) ? null : resolveUnName(piece);
      if (code && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, code];
    }
  }
  return best[words.length];
}

export function parseSponsors(entries: readonly string[]): ParsedSponsors {
  const codes = new Set<string>();
  const notes: string[] = [];
  const unresolved: string[] = [];
  const cleaned = entries
    .map((raw) =>
      raw
        .replace(/\u00a0/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
  const statesOf = (entry: string) =>
    statesIn(
      withoutOnBehalf(entry)
        .replace(/\s+AND\s*$/i, "")
        .trim(),
    );
  for (let i = 0; i < cleaned.length; i++) {
    const entry = cleaned[i];
    if (NOT_STATES.test(entry)) {
      notes.push(entry);
      continue;
    }
    let states = statesOf(entry);
    // A name the source broke over two entries ("SOLOMON", "ISLANDS").
    if (!states && i + 1 < cleaned.length) {
      const joined = statesOf(`${entry} ${cleaned[i + 1]}`);
      if (joined) {
        states = joined;
        i++;
      }
    }
    if (states) for (const code of states) codes.add(code);
    else unresolved.push(entry);
  }
  return { codes: [...codes], notes, unresolved };
}
