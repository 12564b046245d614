/**
 * What a whip sheet's confidence is worth: the raw confidence (the winning share of a member's
 * weighted record) overstated it in the deciles `npm run eval:whip` prints, most in the lowest
 * (the README's whip-sheet section has the latest figures). So the sheet
 * replays itself on the sessions just before the coming vote, each held out as `npm run eval:whip`
 * holds sessions out (precedents only from before that session), and maps raw confidence to the
 * accuracy it actually had there: an isotonic (never decreasing) fit, pool-adjacent-violators.
 * Only data up to the sheet's own cut-off is used, and the fit is kept per data snapshot and
 * cut-off session. Too few samples (a small record) leave the raw confidence as it is.
 */
import { LRUCache } from "lru-cache";
import { similarRollCalls } from "./similarity.js";
import type { VoteIndex } from "./vote-index.js";
import { forecast, POOL_SIZE, precedentRows } from "./member-forecast.js";

/** Sessions replayed, every roll call of each. */
const SESSIONS = 6;
/** Fewer samples than this and the fit would say more about chance than about the sheet. */
const MIN_SAMPLES = 2000;
/**
 * The fewest samples one step of the fitted curve rests on. With 300, and 40 roll calls sampled
 * per session, the steps below 0.5 (a small share of the votes) followed noise and understated
 * the accuracy by several points in `npm run eval:whip`, which prints each decile; 2,000 votes a
 * step, from every roll call, keep the deciles close there (chosen on those sessions: the fit
 * itself sees only data before each cut-off).
 */
const MIN_BLOCK = 2000;

export type Calibration = (raw: number) => number;

/**
 * Fits per index and cut-off session, in a cache of their own: a client asking for sheets with
 * ever new cut-offs evicts its own fits, not the group analyses other requests share.
 */
const MAX_FITS_PER_INDEX = 16;
const fits = new WeakMap<VoteIndex, LRUCache<number, { map: Calibration }>>();

export function calibrationFor(index: VoteIndex, latestSession: number): Calibration {
  let cache = fits.get(index);
  if (!cache) fits.set(index, (cache = new LRUCache({ max: MAX_FITS_PER_INDEX })));
  let fitted = cache.get(latestSession);
  if (!fitted) cache.set(latestSession, (fitted = { map: fit(replay(index, latestSession)) }));
  return fitted.map;
}

/** (raw confidence, whether the prediction was right) for every voter on the sampled roll calls. */
function replay(index: VoteIndex, latestSession: number): [number, boolean][] {
  const samples: [number, boolean][] = [];
  const all = index.rows();
  for (let session = latestSession - SESSIONS + 1; session <= latestSession; session++) {
    const sessionRows = index.rows({ session });
    if (sessionRows.length === 0) continue;
    const firstDate = index.rollCalls[sessionRows[0]].date;
    const { rows, latestSession: latest } = precedentRows(
      index,
      all.filter((row) => index.rollCalls[row].date < firstDate),
      false,
    );
    for (const row of sessionRows) {
      const target = index.rollCalls[row];
      const text = `${target.shortTitle ?? ""} ${target.description ?? ""}`.trim();
      const pool = similarRollCalls(index, { text, issues: target.issues }, rows, POOL_SIZE);
      const voters = index.countryCodes.filter((code) => index.vote(row, index.columnOf.get(code)!) !== 0);
      for (const member of forecast(index, voters, pool, 0, latest, rows).members) {
        if (member.confidence !== null) samples.push([member.confidence, member.predicted === index.vote(row, index.columnOf.get(member.code)!)]);
      }
    }
  }
  return samples;
}

/** Pool adjacent violators over the samples sorted by raw confidence; the identity with too few. */
function fit(samples: [number, boolean][]): Calibration {
  if (samples.length < MIN_SAMPLES) return (raw) => raw;
  samples.sort((a, b) => a[0] - b[0]);
  const blocks: { upTo: number; right: number; n: number; rawSum: number }[] = [];
  for (const [raw, right] of samples) {
    blocks.push({ upTo: raw, right: right ? 1 : 0, n: 1, rawSum: raw });
    while (blocks.length > 1 && blocks.at(-2)!.right / blocks.at(-2)!.n >= blocks.at(-1)!.right / blocks.at(-1)!.n) {
      const last = blocks.pop()!;
      const previous = blocks.at(-1)!;
      previous.upTo = last.upTo;
      previous.right += last.right;
      previous.n += last.n;
      previous.rawSum += last.rawSum;
    }
  }
  // A block of a few samples says little: merged into its right-hand neighbour (or left, at the end).
  for (let i = 0; i < blocks.length;) {
    if (blocks[i].n >= MIN_BLOCK || blocks.length === 1) {
      i++;
      continue;
    }
    const into = i + 1 < blocks.length ? blocks[i + 1] : blocks[i - 1];
    into.upTo = Math.max(into.upTo, blocks[i].upTo);
    into.right += blocks[i].right;
    into.n += blocks[i].n;
    into.rawSum += blocks[i].rawSum;
    blocks.splice(i, 1);
  }
  // Merging can leave two neighbours out of order again: pooled until the accuracies rise.
  for (let i = 1; i < blocks.length;) {
    if (blocks[i - 1].right / blocks[i - 1].n < blocks[i].right / blocks[i].n) {
      i++;
      continue;
    }
    const [left, right] = [blocks[i - 1], blocks[i]];
    blocks.splice(i - 1, 2, { upTo: right.upTo, right: left.right + right.right, n: left.n + right.n, rawSum: left.rawSum + right.rawSum });
    i = Math.max(1, i - 1);
  }
  // Each block's accuracy stands at its mean raw confidence; between two, the line joining them.
  // A step function would state only as many values as it has steps (a handful a session), and
  // the line keeps the fit's order: a surer raw share never maps lower.
  const points = blocks.map((block) => ({ raw: block.rawSum / block.n, accuracy: block.right / block.n }));
  return (raw) => {
    if (raw <= points[0].raw) return points[0].accuracy;
    for (let i = 1; i < points.length; i++) {
      if (raw <= points[i].raw) {
        const [a, b] = [points[i - 1], points[i]];
        return a.accuracy + ((raw - a.raw) / (b.raw - a.raw)) * (b.accuracy - a.accuracy);
      }
    }
    return points.at(-1)!.accuracy;
  };
}
