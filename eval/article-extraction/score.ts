/**
 * The article-extraction benchmark's metric (Scrapinghub's `evaluate.py`, as the dataset's
 * SOURCE.md describes it): `\w+` tokens, multisets of 4-token shingles, per-page tp/fp/fn
 * normalised to sum to one, macro precision over pages with a non-empty prediction, macro recall
 * over pages with a non-empty truth, F1 of those two means, accuracy on exact token lists.
 */

/** Upstream tokenises with Python's Unicode `\w+`: letters, numbers and the underscore (not combining marks). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** Shingles of four tokens as a multiset; a text of fewer tokens gives one shorter shingle. */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page's tp, fp and fn, divided by their sum so that every page weighs the same. */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly exact: boolean;
}

/**
 * Scores one page.
 *
 * @example pageCounts('a b c d e', 'a b c d') // tp 0.5, fn 0.5
 */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = tokenize(truth);
  const p = tokenize(predicted);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...ts.keys(), ...ps.keys()])) {
    const a = ts.get(key) ?? 0;
    const b = ps.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  const exact = t.length === p.length && t.every((w, i) => w === p[i]);
  return sum === 0 ? { tp: 0, fp: 0, fn: 0, exact } : { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

export const pagePrecision = (c: PageCounts): number =>
  c.fp === 0 && c.fn === 0 ? 1 : c.tp === 0 && c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);

export const pageRecall = (c: PageCounts): number =>
  c.fp === 0 && c.fn === 0 ? 1 : c.tp === 0 && c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);

export interface Scores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * The benchmark's figures over pages (fractions, 0–1).
 *
 * @example aggregate([pageCounts('a b c d', 'a b c d')]).f1 // 1
 */
export function aggregate(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: mean(pages.map((c) => (c.exact ? 1 : 0))) };
}
