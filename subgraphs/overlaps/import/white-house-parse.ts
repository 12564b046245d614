/**
 * Reads a White House fact sheet (Markdown with front matter: date, source_url, title) into the
 * programmes it names. A fact sheet lists commitments as bullets: a bold lead ("**Bolstering
 * Independent Media.**"), then prose naming programmes, funds and coalitions in bold ("USAID will
 * provide up to $30 million to the **International Fund for Public Interest Media**, a new …").
 * Each bold name in a bullet's prose is a programme, described by its sentence (agency, amount,
 * purpose); a bullet that names none is one commitment under its lead. The theme is the heading
 * the bullet sits under.
 */
import { parse as parseYaml } from "yaml";
import { topicsOf } from "./commitment-topics.js";
import { slugOf, type CommitmentRow } from "./commitment-rows.js";

export type FactSheet = { date: string; sourceUrl: string; title: string; body: string };

export class FactSheetError extends Error {}

/** Front matter (YAML: its double-quoted titles escape no-break spaces as `\_` and wrap lines) and body; date, source_url and title are required. */
export function readFactSheet(text: string, file: string): FactSheet {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, "\n"));
  if (!match) throw new FactSheetError(`${file}: expected front matter between --- lines, found none`);
  let front: Record<string, unknown>;
  try {
    front = (parseYaml(match[1]) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new FactSheetError(`${file}: front matter not readable as YAML: ${(error as Error).message}`);
  }
  const field = (name: string) => {
    const value = front[name];
    if (value === undefined || value === null || String(value).trim() === "")
      throw new FactSheetError(`${file}: expected a ${name} in the front matter, found none`);
    // A no-break space reads as a space; YAML may type a bare date as a Date.
    return (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)).replace(/\u00a0/g, " ").trim();
  };
  return { date: field("date"), sourceUrl: field("source_url"), title: field("title"), body: match[2] };
}

/** Markdown inline markup removed: links keep their text, escapes and emphasis go. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/\*\*|__|\\(?=[^\s])/g, "")
    .replace(/(^|\s)\*([^*]+)\*/g, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

type Bullet = { text: string; theme: string };

/** A line that is a heading: Markdown `#`, or a paragraph that is bold alone ("**II. Fighting Corruption**"). */
function headingOf(paragraph: string): string | null {
  const hash = /^#{1,6}\s+(.*)$/.exec(paragraph);
  if (hash) return plainText(hash[1]);
  const bold = /^\*\*([^*]+)\*\*:?$/.exec(paragraph);
  return bold ? plainText(bold[1]) : null;
}

/** Bullets (top level, `-` or `*`, continued by indented lines) with the heading each sits under. */
function bulletsOf(body: string, defaultTheme: string): Bullet[] {
  const bullets: Bullet[] = [];
  let theme = defaultTheme;
  let current: string[] | null = null;
  const close = () => {
    if (current) bullets.push({ text: current.join(" ").replace(/\s+/g, " ").trim(), theme });
    current = null;
  };
  for (const line of body.split("\n")) {
    const start = /^[-*]\s+(.*)$/.exec(line);
    if (start) {
      close();
      current = [start[1]];
    } else if (current && /^\s{2,}\S/.test(line)) {
      current.push(line.trim());
    } else if (line.trim() === "" || line.startsWith("<!--")) {
      close();
    } else {
      close();
      const heading = headingOf(line.trim());
      if (heading) theme = heading.replace(/^[IVX]+\.\s*/, "").replace(/:$/, "");
    }
  }
  close();
  return bullets;
}

const ABBREVIATIONS = /(?:\bU\.S|\bU\.K|\bU\.N|\bNo|\bSt|\bMr|\bMs|\bDr|\bInc|\bJr|\bi\.e|\be\.g|\bvs)\.$/;

/** Sentences of a paragraph, keeping "U.S." and the like inside their sentence. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?][”"’)]?\s+(?=[A-Z“"(])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const candidate = text.slice(start, match.index + 1);
    if (ABBREVIATIONS.test(candidate)) continue;
    sentences.push(text.slice(start, match.index + match[0].trimEnd().length).trim());
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push(text.slice(start).trim());
  return sentences.filter(Boolean);
}

const AMOUNT = /\$\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)?/gi;

/**
 * "$424.4 million", "$1.2 billion", "$500,000" → dollars. A sentence may fund two programmes
 * ("up to $17.6 million for an X, and … up to $6.5 million to establish a Y"): the amount that
 * belongs to a name is the last one stated before it, else the first after it; null when none.
 */
function amountOf(text: string, at = text.length): number | null {
  let before: RegExpExecArray | null = null;
  let after: RegExpExecArray | null = null;
  for (const match of text.matchAll(AMOUNT)) {
    if (match.index < at) before = match;
    else if (!after) after = match;
  }
  const match = before ?? after;
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, ""));
  const scale = { million: 1e6, billion: 1e9, thousand: 1e3 }[match[2]?.toLowerCase() as "million"] ?? 1;
  return Math.round(value * scale);
}

/** A title for an item the source does not name: its first clause, up to about twelve words. */
function titleFrom(text: string): string {
  const plain = plainText(text).replace(/^(In|On|By|Since|Through|During) [^,]{0,40}, /, "");
  const words = plain.split(" ");
  const short = words
    .slice(0, 12)
    .join(" ")
    .replace(/[,;:.]$/, "");
  const title = words.length > 12 ? `${short}…` : short;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Words a name does not end with: a bold span that does ("Under the new", "taking steps to") is a fragment of prose. */
const DANGLING = /\s(to|the|its|new|of|for|and|or|in|on|a|an|with|by|at|from|that|this|has|have|is|are)$/i;

/** A bold span names a programme when it reads as a proper name: capitalised, not an amount, not a lone word of emphasis, not a fragment. */
function isProgrammeName(name: string): boolean {
  if (!/^[A-Z“"]/.test(name) || /^\$/.test(name) || DANGLING.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 || /^[A-Z0-9-]{2,}$/.test(name);
}

/** The bullet's lead: the bold spans it opens with (a lead is sometimes split into two). */
function splitLead(text: string): { lead: string; rest: string } {
  const match = /^((?:\*\*[^*]+\*\*[\s.:]*)+)(.*)$/.exec(text);
  if (!match) return { lead: "", rest: text };
  return { lead: plainText(match[1]).replace(/[.:]\s*$/, ""), rest: match[2] };
}

export type ParseOptions = { bodyIdFor: (context: { file: string; sheet: FactSheet; sentence: string; bullet: string }) => string };

/** Every programme of one fact sheet, in document order; ids are stable across imports (file date and name). */
export function parseFactSheet(sheet: FactSheet, file: string, options: ParseOptions): CommitmentRow[] {
  const rows: CommitmentRow[] = [];
  const seen = new Set<string>();
  const add = (title: string, sentence: string, bullet: Bullet, kind: CommitmentRow["kind"], at?: number) => {
    const description = plainText(sentence);
    // Untitled items get a title from their first words: ids keep the first 60 characters of it.
    const id = `us-wh:${sheet.date}:${slugOf(title).slice(0, 60).replace(/-$/, "")}`;
    // A programme named twice in one fact sheet is one programme, described where first named.
    if (seen.has(id)) return;
    seen.add(id);
    rows.push({
      id,
      bodyId: options.bodyIdFor({ file, sheet, sentence: description, bullet: plainText(bullet.text) }),
      kind,
      title,
      description,
      theme: bullet.theme,
      topics: topicsOf(`${title} ${bullet.theme} ${description}`),
      countryCodes: [],
      startDate: sheet.date,
      endDate: null,
      amountUsd: amountOf(sentence, at ?? 0),
      sourceTitle: sheet.title,
      sourceUrl: sheet.sourceUrl,
      sourceDate: sheet.date,
    });
  };
  const bullets = bulletsOf(sheet.body, sheet.title);
  for (const bullet of bullets) {
    const { lead, rest } = splitLead(bullet.text);
    let named = 0;
    for (const sentence of sentencesOf(rest)) {
      // Names in bold, or as a link's text ("[Executive Order on …](…)").
      for (const match of sentence.matchAll(/\*\*([^*]+?)\*\*|\[([^\]]+)\]\(/g)) {
        const name = plainText(match[1] ?? match[2]).replace(/[,.;:]+$/, "");
        if (!isProgrammeName(name)) continue;
        named++;
        add(
          name,
          sentence,
          bullet,
          /coalition|partnership|network|alliance|consortium|platform|declaration/i.test(name) ? "INITIATIVE" : "PROGRAMME",
          match.index,
        );
      }
    }
    if (named === 0) add(lead || titleFrom(rest), rest || lead, bullet, "PROGRAMME");
  }
  // A sheet in prose alone (a declaration) is one initiative: the sheet itself.
  if (bullets.length === 0) {
    const first =
      sheet.body
        .split(/\n\s*\n/)
        .map(plainText)
        .find((paragraph) => paragraph.length > 80) ?? sheet.title;
    add(sheet.title.replace(/^fact sheet:\s*/i, ""), first, { text: first, theme: sheet.title }, "INITIATIVE");
  }
  return rows;
}
