/**
 * Topics for imported commitments, from their wording: the commitment sources name a theme in
 * prose (a heading, a commitment title) but tag nothing. The words below are the sources' own
 * (the five areas of the Presidential Initiative for Democratic Renewal, the Summit for Democracy's
 * themes, the Open Government Partnership's), mapped onto the topic words the hub's bodies use.
 */
const TOPIC_PATTERNS: readonly [topic: string, pattern: RegExp][] = [
  ["media", /\b(independent media|media freedom|journalis\w*|media outlets?|public interest media|press freedom)\b/i],
  ["corruption", /\b(corrupt\w*|kleptocra\w*|illicit financ\w*|beneficial ownership|money laundering|safe havens)\b/i],
  ["elections", /\b(elections?|electoral|voters?|voting|election observ\w*)\b/i],
  ["technology", /\b(technolog\w*|digital|internet|cyber\w*|spyware|surveillance|online|artificial intelligence|\bAI\b)\b/i],
  ["gender equality", /\b(women|woman|gender|girls)\b/i],
  ["civil society", /\b(civil society|CSOs?|activists?|human rights defenders|civic space)\b/i],
  ["human rights", /\b(human rights|political prisoners|unjustly detained|forced labou?r)\b/i],
  ["disinformation", /\b(disinformation|misinformation|information integrity|information manipulation)\b/i],
  ["labour rights", /\b(labou?r rights|workers?|trade unions?)\b/i],
  ["disability", /\b(disabilit\w*|disabled)\b/i],
  ["youth", /\b(youth|young (people|leaders))\b/i],
  ["parliaments", /\b(parliament\w*|legislat\w*)\b/i],
  ["rule of law", /\b(rule of law|justice|judicia\w*|courts?)\b/i],
  ["transparency", /\b(transparen\w*|open government|open data|access to information)\b/i],
  ["foreign interference", /\b(foreign (interference|threats|influence)|transnational repression)\b/i],
  ["democratic reformers", /\b(democratic (reformers|transitions?|openings?)|reform-minded)\b/i],
];

/** The topics a text speaks of, in the table's order; empty when none. */
export function topicsOf(text: string): string[] {
  return TOPIC_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
}
