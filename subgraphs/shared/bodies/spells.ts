/**
 * Membership over time: a body's members as spells (joined, left), as precise as the source
 * dates them, and the members on a date. A spell whose start the source does not give counts as
 * membership from the beginning of any record (the hub cannot say when such a member joined);
 * `MembershipSpell` says so to clients.
 */
export type Spell = { countryCode: string; began: string | null; ended: string | null };

/**
 * Whether a spell covers a date (YYYY-MM-DD) or any part of a year (YYYY). Dates given as a year
 * or a month cover all of it: a spell that ended "2014" covers 2014-06-30.
 */
export function spellCovers(spell: Spell, when: string): boolean {
  const start = spell.began;
  const end = spell.ended;
  const startsBy = start === null || start.slice(0, when.length) <= when.slice(0, start.length);
  const endsAfter = end === null || end.slice(0, when.length) >= when.slice(0, end.length);
  return startsBy && endsAfter;
}

/** The members on a date (or in a year), ordered by code. */
export function membersOn(spells: readonly Spell[], when: string): string[] {
  return [...new Set(spells.filter((spell) => spellCovers(spell, when)).map((spell) => spell.countryCode))].sort();
}

/** Spells of members whose dates the source does not give: each member, start and end unknown. */
export function undatedSpells(codes: readonly string[]): Spell[] {
  return [...codes].sort().map((countryCode) => ({ countryCode, began: null, ended: null }));
}

/** A change of membership on a date: joining opens a spell, leaving closes the open one. */
export type MembershipEvent = { countryCode: string; on: string; joins: boolean };

/** Spells from dated joins and departures, applied in date order (ties in the order given); ordered by member, then start. */
export function spellsFromEvents(events: readonly MembershipEvent[]): Spell[] {
  const ordered = events.map((event, i) => ({ event, i })).sort((a, b) => a.event.on.localeCompare(b.event.on) || a.i - b.i);
  const open = new Map<string, Spell>();
  const spells: Spell[] = [];
  for (const { event } of ordered) {
    const current = open.get(event.countryCode);
    if (event.joins && !current) {
      const spell = { countryCode: event.countryCode, began: event.on, ended: null };
      open.set(event.countryCode, spell);
      spells.push(spell);
    } else if (!event.joins && current) {
      current.ended = event.on;
      open.delete(event.countryCode);
    }
  }
  return spells.sort((a, b) => a.countryCode.localeCompare(b.countryCode) || (a.began ?? "").localeCompare(b.began ?? ""));
}
