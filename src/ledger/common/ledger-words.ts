import { foldWord } from '../../lexicon/index.js';
import type { Lexicon } from '../../lexicon/index.js';

/** The shared lexicon's words in the folded form the cross-article layer compares (see `foldWord`). */
export interface LedgerWords {
  /** Words that carry no topic, every language, folded. */
  readonly stopWords: ReadonlySet<string>;
  /** Month names of every language, folded ("marz", "februar", "sept") → 1–12. */
  readonly months: ReadonlyMap<string, number>;
}

/**
 * Folds the lexicon's stop words and month names once, for the signers and readers of the ledger.
 *
 * @example ledgerWords(createLexicon()).months.get('marz') // 3
 */
export function ledgerWords(lexicon: Lexicon): LedgerWords {
  const months = new Map<string, number>();
  for (const w of lexicon.calendar.monthWords) {
    const folded = foldWord(w.spelling);
    if (!months.has(folded)) months.set(folded, w.number);
  }
  return Object.freeze({ stopWords: new Set([...lexicon.stopWords].map(foldWord)), months });
}
