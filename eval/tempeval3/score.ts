import type { Span } from '../../src/model/index.js';

/** A timex as scored: its extent, type and value. */
export interface ScoredTimex {
  readonly span: Span;
  readonly type: string;
  readonly value: string;
}

/** Counts over a set of documents, summed before any ratio is taken (micro-average, as TE3 does). */
export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 });

/** One pairing of a gold and a system timex, kept for the error listing. */
export interface Pair {
  readonly gold: ScoredTimex | null;
  readonly system: ScoredTimex | null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Matches system timexes to gold ones in one document and adds the counts. As in the TempEval-3
 * scorer (whose TimeML-Normalizer gives overlapping entities one id), a match is one-to-one:
 * a relaxed match is any overlap, a strict match the same extent; type and value are compared
 * over the relaxed matches.
 *
 * @example const c = emptyCounts(); scoreDocument(gold, system, c); c.relaxed
 */
export function scoreDocument(
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
  counts: Counts,
): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  counts.gold += gold.length;
  counts.system += system.length;
  for (const g of gold) {
    // Prefer an exact extent, then the first overlapping system timex not yet taken.
    let k = system.findIndex(
      (s, i) => !used.has(i) && s.span.start === g.span.start && s.span.end === g.span.end,
    );
    if (k < 0) k = system.findIndex((s, i) => !used.has(i) && overlaps(s.span, g.span));
    const s = system[k];
    if (k < 0 || !s) {
      pairs.push({ gold: g, system: null });
      continue;
    }
    used.add(k);
    counts.relaxed++;
    if (s.span.start === g.span.start && s.span.end === g.span.end) counts.strict++;
    if (s.type === g.type) counts.type++;
    if (s.value === g.value) counts.value++;
    pairs.push({ gold: g, system: s });
  }
  system.forEach((s, i) => {
    if (!used.has(i)) pairs.push({ gold: null, system: s });
  });
  return pairs;
}

/** P, R and F1 as percentages. */
export function prfOf(matched: number, system: number, gold: number) {
  const precision = system === 0 ? 0 : (100 * matched) / system;
  const recall = gold === 0 ? 0 : (100 * matched) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The TempEval-3 figures from counts. Attribute F1 follows the official scorer
 * (evaluate_entities.py, UzZaman et al. 2013): attribute accuracy over the relaxed matches
 * (correct attributes / relaxed matches) times the relaxed-match F1, which equals an F1 whose
 * numerator counts only the matches with the right attribute: 2·correct / (system + gold).
 *
 * @example figures({ gold: 10, system: 10, strict: 8, relaxed: 9, type: 9, value: 8 }).valueF1 // 80
 */
export function figures(c: Counts) {
  const strict = prfOf(c.strict, c.system, c.gold);
  const relaxed = prfOf(c.relaxed, c.system, c.gold);
  const typeAccuracy = c.relaxed === 0 ? 0 : (100 * c.type) / c.relaxed;
  const valueAccuracy = c.relaxed === 0 ? 0 : (100 * c.value) / c.relaxed;
  return {
    strict,
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: (relaxed.f1 * typeAccuracy) / 100,
    valueF1: (relaxed.f1 * valueAccuracy) / 100,
  };
}
