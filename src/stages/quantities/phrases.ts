/**
 * A lookup of multi-token phrases (lexicon entries keyed by their lower-cased words), built once
 * per configured stage: forward from a phrase's first word, backward from its last, longest
 * phrase first. Matching costs a map lookup and a few comparisons per token.
 */
export interface PhraseIndex<T> {
  /** The longest entry whose words start at token `i` (not past `end`), and its last token. */
  readonly at: (words: (i: number) => string, i: number, end: number) => Match<T> | null;
  /** The longest entry whose words end at token `i` (not before `start`), and its first token. */
  readonly endingAt: (words: (i: number) => string, i: number, start: number) => Match<T> | null;
}

export interface Match<T> {
  readonly entry: T;
  readonly first: number;
  readonly last: number;
}

/**
 * Builds a phrase index from entries and a function giving each entry's phrase.
 *
 * @example phraseIndex([{ words: 'more than' }], (e) => e.words).endingAt(w, 5, 0)
 */
export function phraseIndex<T>(entries: readonly T[], phrase: (entry: T) => string): PhraseIndex<T> {
  const byFirst = new Map<string, { entry: T; words: string[] }[]>();
  const byLast = new Map<string, { entry: T; words: string[] }[]>();
  for (const entry of entries) {
    const words = phrase(entry).split(' ');
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), { entry, words }]);
    byLast.set(last, [...(byLast.get(last) ?? []), { entry, words }]);
  }
  // Longest first, so "no more than" wins over "more than".
  for (const list of [...byFirst.values(), ...byLast.values()])
    list.sort((a, b) => b.words.length - a.words.length);
  const index: PhraseIndex<T> = {
    at(words, i, end) {
      // (No fallback array per token: most tokens start no phrase.)
      const list = byFirst.get(words(i));
      if (list === undefined) return null;
      for (const { entry, words: ws } of list) {
        const last = i + ws.length - 1;
        if (last >= end) continue;
        if (ws.every((w, k) => words(i + k) === w)) return { entry, first: i, last };
      }
      return null;
    },
    endingAt(words, i, start) {
      const list = byLast.get(words(i));
      if (list === undefined) return null;
      for (const { entry, words: ws } of list) {
        const first = i - ws.length + 1;
        if (first < start) continue;
        if (ws.every((w, k) => words(first + k) === w)) return { entry, first, last: i };
      }
      return null;
    },
  };
  return Object.freeze(index);
}
