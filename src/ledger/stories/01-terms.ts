import { isDistinctive, numberKeys } from '../common/numbers.js';
import { foldedWords, stem, stripMarkup } from '../common/words.js';

/** Words at the head of an article (title, dateline, lead) that count double. */
const HEAD_WORDS = 40;
const YEAR = /^(19|20)\d\d$/;

/**
 * The vocabulary of a text as term frequencies: stems of content words (see `stem`), plus figures
 * as "#" terms ("#2397", "#2019") because figures and years survive translation and tell two
 * earthquakes or two resolutions apart. Words of the head count double: a headline says what
 * the story is. At most `max` terms, the most frequent.
 *
 * @example termCounts('Quake hits Chile. The quake, in 2010, killed 500.', 50, words.stopWords)['quake'] // 3 (2 in the head + 1)
 */
export function termCounts(
  text: string,
  max: number,
  stopWords: ReadonlySet<string>,
): Record<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, n: number) => counts.set(term, (counts.get(term) ?? 0) + n);
  foldedWords(text).forEach((w, i) => {
    if (w.length < 3 || /\d/.test(w) || stopWords.has(w)) return;
    add(stem(w), i < HEAD_WORDS ? 2 : 1);
  });
  for (const n of numberKeys(stripMarkup(text))) if (isDistinctive(n) || YEAR.test(n)) add(`#${n}`, 1);
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
  return Object.fromEntries(kept);
}
