import type { Article, Quantity } from '../../src/model/index.js';
import type { Alignment } from './align.js';
import type { GoldQuantity } from './load.js';

/**
 * Quantity scoring by value, one to one within a document:
 *
 * - A system quantity offers numbers: its `value`, `min` and `max` (a percentage divided by 100,
 *   as the gold stores fractions), or, for a vague amount ("hundreds", "a few"), its word.
 * - A gold number is matched by an offered number within 1% (0 only by 0); a gold range by a
 *   number on either bound; a gold vague amount by the same word (a leading "a" aside: "a few"
 *   and "few").
 * - Matching runs twice: first between quantities whose spans overlap (the same words of the
 *   text), then by value alone among those left. Recall = matched gold / gold (the README's
 *   measure); positional recall counts the first pass alone.
 * - Precision = matched system / scored system. A system quantity that matches nothing is a
 *   false positive — dates, years, identifiers, rank ordinals and idioms included: the gold
 *   excludes them because they are not quantities. Left out of precision (counted apart, as
 *   "by convention") are only the kinds Claimline reports by design that a set's gold leaves out
 *   by its own convention (see `CONVENTIONS`), when they match nothing.
 */

/** A system quantity's rules that a set's gold leaves out by convention, per set. */
export const CONVENTIONS: Readonly<Record<string, RegExp>> = {
  // a/README "Quantities": non-numeric quantifiers ("many", "multiple", "a few", "another",
  // "both", "the majority") are excluded; so are the proportions Claimline maps ("all", "most").
  a: /^(proportion:|zero:no$|vague:(many|numerous|countless|a-(large-|significant-|substantial-|small-)?number-of|a-few|few|a-couple)$)/,
  // b/README: "the determiner 'no' ('no deaths') and 'nobody'" are excluded, and so are open
  // quantifiers and proportions (not among its vague amounts), and "a week" / "the next week"
  // (an article, no numeral: Claimline's `duration-article`).
  b: /^(proportion:|zero:no$|vague:(many|numerous|countless|a-(large-|significant-|substantial-|small-)?number-of)$|duration-article)/,
};

/** The convention for a set not listed: the exclusions both sets share. */
export const DEFAULT_CONVENTION =
  /^(proportion:|zero:no$|vague:(many|numerous|countless|a-(large-|significant-|substantial-|small-)?number-of)$)/;

export interface QuantityOutcome {
  readonly gold: GoldQuantity;
  /** Index of the matching system quantity, or -1; `positional` when their spans overlap. */
  readonly found: number;
  readonly positional: boolean;
}

export interface SystemQuantityOutcome {
  readonly quantity: Quantity;
  readonly status: 'matched' | 'false-positive' | 'convention';
}

export interface QuantityScore {
  readonly gold: readonly QuantityOutcome[];
  readonly system: readonly SystemQuantityOutcome[];
}

/** The numbers a system quantity offers (percentages as fractions). */
export function offeredNumbers(q: Quantity): number[] {
  const raw = [q.value, q.min, q.max].filter((v): v is number => v !== undefined && Number.isFinite(v));
  return q.unit === 'percent' ? raw.map((v) => v / 100) : raw;
}

/** A vague amount's word, normalised ("A few" → "few"). */
export function vagueWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/^an?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two numbers agree within 1% of the gold one. */
export function close(system: number, gold: number): boolean {
  return gold === 0 ? system === 0 : Math.abs(system - gold) <= 0.01 * Math.abs(gold);
}

/**
 * True when a system quantity gives the gold one's value.
 *
 * @example valueMatches({ value: 35, unit: 'percent' ... }, { value: 0.35 ... }) // true
 */
export function valueMatches(system: Quantity, gold: GoldQuantity): boolean {
  if (typeof gold.value === 'string') {
    const want = vagueWord(gold.value);
    return system.vague !== undefined && vagueWord(system.vague) === want;
  }
  // A vague word's lexicon range is a convention, not a figure the text gave.
  if (system.vague !== undefined && !/\d/.test(system.text)) return false;
  const offered = offeredNumbers(system);
  const wanted = [gold.value, gold.min, gold.max].filter((v): v is number => typeof v === 'number');
  return wanted.some((w) => offered.some((o) => close(o, w)));
}

/**
 * Scores one article's quantities against the gold.
 *
 * @example scoreQuantities(article, doc.quantities, alignment, 'a').gold.filter((g) => g.found >= 0)
 */
export function scoreQuantities(
  article: Article,
  gold: readonly GoldQuantity[],
  alignment: Alignment,
  set: string,
): QuantityScore {
  const system = article.quantities ?? [];
  const systemWords = system.map((q) => new Set(alignment.inArticle(q.span)));
  const taken = new Int32Array(system.length).fill(-1);
  const found = new Int32Array(gold.length).fill(-1);
  const positional = new Uint8Array(gold.length);
  // Pass 1: the same words of the text.
  gold.forEach((g, gi) => {
    const words = alignment.map(g.span).mapped;
    const si = system.findIndex(
      (s, k) => taken[k] === -1 && valueMatches(s, g) && words.some((w) => systemWords[k]?.has(w)),
    );
    if (si >= 0) [taken[si], found[gi], positional[gi]] = [gi, si, 1];
  });
  // Pass 2: by value alone, among those left.
  gold.forEach((g, gi) => {
    if ((found[gi] ?? -1) >= 0) return;
    const si = system.findIndex((s, k) => taken[k] === -1 && valueMatches(s, g));
    if (si >= 0) [taken[si], found[gi]] = [gi, si];
  });
  const convention = CONVENTIONS[set] ?? DEFAULT_CONVENTION;
  return {
    gold: gold.map((g, gi) => ({ gold: g, found: found[gi] ?? -1, positional: positional[gi] === 1 })),
    system: system.map((quantity, k) => ({
      quantity,
      status:
        (taken[k] ?? -1) >= 0 ? 'matched' : convention.test(quantity.rule) ? 'convention' : 'false-positive',
    })),
  };
}
