import type { Article } from '../../src/model/index.js';
import { align } from './align.js';
import { dateOutcome } from './dates.js';
import type { DateOutcome } from './dates.js';
import type { NewsClaimsDoc } from './load.js';
import { scoreQuantities } from './quantities.js';
import type { QuantityScore } from './quantities.js';
import { scoreQuotes } from './quotes.js';
import type { QuoteScore } from './quotes.js';

/** Everything scored on one document, with the outcomes item by item (for listings). */
export interface DocResult {
  readonly doc: NewsClaimsDoc;
  readonly article: Article;
  readonly quotes: QuoteScore;
  readonly quantities: QuantityScore;
  readonly date: DateOutcome;
  /** True when the gold states the date (the documents the date accuracy is taken on). */
  readonly dateStated: boolean;
}

/**
 * Scores the article the pipeline made from a document.
 *
 * @example scoreDocument(doc, pipeline.run(scrapedInput(doc))).quotes.gold.length
 */
export function scoreDocument(doc: NewsClaimsDoc, article: Article): DocResult {
  const alignment = align(doc.text, article.text);
  return {
    doc,
    article,
    quotes: scoreQuotes(article, doc.quotes, alignment),
    quantities: scoreQuantities(article, doc.quantities, alignment, doc.set),
    date: dateOutcome(article.published, doc.published),
    dateStated: doc.published.value !== null,
  };
}

/** Counts over a group of documents. */
export interface Tally {
  docs: number;
  goldQuotes: number;
  foundQuotes: number;
  systemQuotes: number;
  correctQuotes: number;
  speakerRight: number;
  relayRight: number;
  relayGold: number;
  relayGoldRight: number;
  goldQuantities: number;
  foundQuantities: number;
  positionalQuantities: number;
  scoredQuantities: number;
  matchedQuantities: number;
  conventionQuantities: number;
  datesStated: number;
  datesRight: number;
  undated: number;
  undatedWrong: number;
}

export function emptyTally(): Tally {
  return {
    docs: 0,
    goldQuotes: 0,
    foundQuotes: 0,
    systemQuotes: 0,
    correctQuotes: 0,
    speakerRight: 0,
    relayRight: 0,
    relayGold: 0,
    relayGoldRight: 0,
    goldQuantities: 0,
    foundQuantities: 0,
    positionalQuantities: 0,
    scoredQuantities: 0,
    matchedQuantities: 0,
    conventionQuantities: 0,
    datesStated: 0,
    datesRight: 0,
    undated: 0,
    undatedWrong: 0,
  };
}

/** Adds one document's outcomes to a tally. */
export function addToTally(t: Tally, r: DocResult): void {
  t.docs++;
  for (const q of r.quotes.gold) {
    t.goldQuotes++;
    if (q.found < 0) continue;
    t.foundQuotes++;
    if (q.speakerRight) t.speakerRight++;
    if (q.relayRight) t.relayRight++;
    if (q.hasRelay) {
      t.relayGold++;
      if (q.relayRight) t.relayGoldRight++;
    }
  }
  t.systemQuotes += r.quotes.system.length;
  t.correctQuotes += r.quotes.system.filter((s) => s.correct).length;
  for (const q of r.quantities.gold) {
    t.goldQuantities++;
    if (q.found >= 0) t.foundQuantities++;
    if (q.positional) t.positionalQuantities++;
  }
  for (const s of r.quantities.system) {
    if (s.status === 'convention') t.conventionQuantities++;
    else t.scoredQuantities++;
    if (s.status === 'matched') t.matchedQuantities++;
  }
  if (r.dateStated) {
    t.datesStated++;
    if (r.date === 'right') t.datesRight++;
  } else {
    t.undated++;
    if (r.date === 'wrong') t.undatedWrong++;
  }
}

/** A ratio, 0 when there is nothing to divide. */
export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** The measures of a tally, as fractions. */
export function measures(t: Tally) {
  return {
    quoteRecall: ratio(t.foundQuotes, t.goldQuotes),
    quotePrecision: ratio(t.correctQuotes, t.systemQuotes),
    speaker: ratio(t.speakerRight, t.foundQuotes),
    relay: ratio(t.relayRight, t.foundQuotes),
    relayNamed: ratio(t.relayGoldRight, t.relayGold),
    quantityRecall: ratio(t.foundQuantities, t.goldQuantities),
    quantityPositional: ratio(t.positionalQuantities, t.goldQuantities),
    quantityPrecision: ratio(t.matchedQuantities, t.scoredQuantities),
    dates: ratio(t.datesRight, t.datesStated),
    undatedWrong: ratio(t.undatedWrong, t.undated),
  };
}
