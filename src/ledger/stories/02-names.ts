import { foldWord } from '../common/words.js';

// A run of capitalised words, with lower-case particles inside ("Church of Jesus Christ",
// "Ban Ki-moon", "bin Salman"). Latin and Cyrillic capitals both count.
const RUN =
  /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|the|de|del|da|di|du|von|van|der|den|la|le|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const CAPITALISED_SHARE = 0.25;
const SENTENCE_START = /(?:^|[.!?:;"“”«»()\]\n]\s*|\s[-–—]\s+)$/;

/**
 * Proper-name keys found cheaply in the text, for when the article has no entity layer (a
 * language the entity stage does not read, or a store built before it): runs of capitalised
 * words, minus a lone capitalised word that only starts a sentence. Keys are "n:" + the folded
 * name; `names` keeps the first display form.
 *
 * @example nameCounts('Warren Jeffs was found guilty. Jeffs ...', words.stopWords).counts // { 'n:warren jeffs': 1, 'n:jeffs': 1 }
 */
export function nameCounts(
  text: string,
  stopWords: ReadonlySet<string>,
): { counts: Record<string, number>; names: Record<string, string> } {
  const counts: Record<string, number> = {};
  const names: Record<string, string> = {};
  // Where most nouns are capitalised (German), a lone capitalised word says nothing.
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(words.length, 1);
  const singlesAreNames = capitalised < CAPITALISED_SHARE;
  for (const m of text.matchAll(RUN)) {
    let words = m[0].split(/\s+/);
    // "The", "In", "But" open sentences; they are not part of the name.
    while (words.length > 0 && stopWords.has(foldWord(words[0] ?? ''))) words = words.slice(1);
    if (words.length === 0) continue;
    const single = words.length === 1;
    if (single && !singlesAreNames) continue;
    if (single && SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const display = words.join(' ');
    const key = `n:${words.map(foldWord).join(' ')}`;
    if (key.length < 4) continue;
    counts[key] = (counts[key] ?? 0) + 1;
    names[key] ??= display;
  }
  return { counts, names };
}
