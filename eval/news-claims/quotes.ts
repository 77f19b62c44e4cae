import type { Article, Attribution } from '../../src/model/index.js';
import { isStatement } from '../../src/model/index.js';
import type { Alignment } from './align.js';
import type { GoldQuote } from './load.js';
import { namesMatch, speakerMatches } from './names.js';

/**
 * Quote scoring, in article word space (see `align.ts`):
 *
 * - **records**: the statements of the attributions layer (`isStatement`): a record of a belief
 *   or an intention ("analysts expect", "the company plans to") is no quote, and the gold, which
 *   leaves mental states out, has none to match it.
 * - **found**: a gold quote is found by a system attribution whose content span holds ≥ 80% of
 *   the gold content's words (`covers`), or when the two overlap mostly both ways: the shared
 *   words are more than half of each (`overlaps`). One system record may find several gold
 *   quotes (a quote and its continuation, a split quote). Recall = found / gold.
 * - **precision**: a system attribution is correct when it is the record that found a gold
 *   quote, or when it finds one too or ≥ 80% of its own words lie inside one (a part of a quote
 *   the gold keeps whole) — unless more than half its words are those of a record already
 *   counted correct: a duplicate is wrong. Records finding different nested quotes both count.
 * - **speaker**: on found quotes, the best finding record's (most shared words, then fewest words)
 *   speaker — its name, or its words as
 *   written — matches one of the gold speaker's aliases (`names.ts`).
 * - **relay chain**: on found quotes, the carriers between the outlet and the speaker agree:
 *   the gold `chain` after its first element (the credited outlet), less a last element that is
 *   the speaker itself ("According to CNN" in Gizmodo: `[Gizmodo, CNN]`, speaker CNN), against
 *   the system chain's links before the speaker, name by name in order. Implied relays
 *   (`chain_inferred`) are not asked for.
 */

/** The share of gold words a record must hold to find the quote. */
export const COVER = 0.8;
/** The share both ways for two spans to overlap mostly. */
export const MOSTLY = 0.5;

export interface QuoteOutcome {
  readonly gold: GoldQuote;
  /** The index (among the statements of `article.attributions`) of the record that found it, or -1. */
  readonly found: number;
  readonly speakerRight: boolean;
  readonly relayRight: boolean;
  /** True when the gold names a carrier between the outlet and the speaker. */
  readonly hasRelay: boolean;
  /** What the system said for the speaker and the relay, for listings. */
  readonly systemSpeaker?: string;
  readonly systemRelay?: readonly string[];
}

export interface RecordOutcome {
  readonly record: Attribution;
  readonly correct: boolean;
  /** Why a wrong record is wrong: no gold quote, or a duplicate of a correct one. */
  readonly why?: 'unannotated' | 'duplicate';
}

export interface QuoteScore {
  readonly gold: readonly QuoteOutcome[];
  readonly system: readonly RecordOutcome[];
}

/** The shares of two word sets each holds of the other: [shared / a, shared / b]. */
export function shares(a: readonly number[], b: ReadonlySet<number>): [number, number] {
  if (a.length === 0 || b.size === 0) return [0, 0];
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return [shared / a.length, shared / b.size];
}

/**
 * True when a record (its words) finds a gold quote: `goldTotal` gold words, of which `mapped`
 * made it into the article.
 *
 * @example finds(10, [1, 2, 3, 4, 5, 6, 7, 8], new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) // true
 */
export function finds(goldTotal: number, mapped: readonly number[], system: ReadonlySet<number>): boolean {
  if (goldTotal === 0 || system.size === 0) return false;
  let shared = 0;
  for (const w of mapped) if (system.has(w)) shared++;
  return shared / goldTotal >= COVER || (shared / goldTotal > MOSTLY && shared / system.size > MOSTLY);
}

/** The system's carriers: the chain's sources before the speaker. */
export function systemRelay(record: Attribution): string[] {
  return record.chain.slice(0, -1).map((l) => l.source.name);
}

/** The gold carriers after the outlet, less a last one that is the speaker. */
export function goldRelay(gold: GoldQuote): string[] {
  const relay = gold.chain.slice(1);
  const last = relay[relay.length - 1];
  if (last !== undefined && gold.aliases.some((a) => namesMatch(last, a) || namesMatch(a, last))) relay.pop();
  return relay;
}

/** True when two carrier lists agree name by name. */
export function relaysAgree(system: readonly string[], gold: readonly string[]): boolean {
  return system.length === gold.length && system.every((s, i) => namesMatch(s, gold[i] ?? ''));
}

/**
 * Scores one article's attributions against its gold quotes.
 *
 * @example scoreQuotes(article, doc.quotes, align(doc.text, article.text)).gold.filter((q) => q.found >= 0)
 */
export function scoreQuotes(article: Article, gold: readonly GoldQuote[], alignment: Alignment): QuoteScore {
  const records = (article.attributions ?? []).filter(isStatement);
  const recordWords = records.map((r) => new Set(alignment.inArticle(r.content.span)));
  const goldWords = gold.map((g) => alignment.map(g.span));
  const outcomes = gold.map((g, gi): QuoteOutcome => {
    const words = goldWords[gi] ?? { total: 0, mapped: [] };
    // The finding record that shares most words with the quote speaks for it; of two that share
    // as many, the tighter one (fewest words of its own).
    let best = -1;
    let bestShared = -1;
    let bestSize = Infinity;
    records.forEach((_, ri) => {
      const sys = recordWords[ri] ?? new Set<number>();
      if (!finds(words.total, words.mapped, sys)) return;
      const shared = words.mapped.filter((w) => sys.has(w)).length;
      if (shared > bestShared || (shared === bestShared && sys.size < bestSize))
        [best, bestShared, bestSize] = [ri, shared, sys.size];
    });
    const relay = goldRelay(g);
    const record = records[best];
    if (!record)
      return { gold: g, found: -1, speakerRight: false, relayRight: false, hasRelay: relay.length > 0 };
    const names = [record.source.name, article.text.slice(record.source.span.start, record.source.span.end)];
    const sysRelay = systemRelay(record);
    return {
      gold: g,
      found: best,
      speakerRight: speakerMatches(names, g.aliases),
      relayRight: relaysAgree(sysRelay, relay),
      hasRelay: relay.length > 0,
      systemSpeaker: record.source.name,
      systemRelay: sysRelay,
    };
  });
  // The records that speak for a found quote are right; any other record is right when it finds
  // a quote or lies inside one, unless its words are mostly those of a record already right.
  const foundBy = new Set(outcomes.map((o) => o.found));
  const kept: Set<number>[] = records
    .map((_, ri) => ri)
    .filter((ri) => foundBy.has(ri))
    .map((ri) => recordWords[ri] ?? new Set<number>());
  const system = records.map((record, ri): RecordOutcome => {
    if (foundBy.has(ri)) return { record, correct: true };
    const sys = recordWords[ri] ?? new Set<number>();
    const own = [...sys];
    const inside = goldWords.some(
      (g) => finds(g.total, g.mapped, sys) || (own.length > 0 && shares(own, new Set(g.mapped))[0] >= COVER),
    );
    if (!inside) return { record, correct: false, why: 'unannotated' };
    if (kept.some((k) => shares(own, k)[0] > MOSTLY)) return { record, correct: false, why: 'duplicate' };
    kept.push(sys);
    return { record, correct: true };
  });
  return { gold: outcomes, system };
}
