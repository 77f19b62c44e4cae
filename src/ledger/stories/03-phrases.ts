import { foldWord, rawWords } from '../common/words.js';

const LEAD_WORDS = 45;
/** Most content words in a phrase. */
const MAX_CONTENT = 4;
/** Small words allowed inside a phrase, never at its ends ("Gulf of Aden", "hit and run"). */
const CONNECTORS = new Set(['of', 'and', 'in', 'on', 'at', 'for', 'to', 'the', 'von', 'der', 'des', 'und']);

interface Word {
  readonly shown: string;
  readonly content: boolean;
}

/**
 * Candidate label phrases from the head of an article (its title, else its first words): every
 * stretch of consecutive words with one to four content words, starting and ending with one, in
 * display form. "North Korean workers in Russia" gives "North Korean workers", "workers in
 * Russia", "Russia", … The story counts them across its members and picks one (`label.ts`).
 *
 * @example headPhrases('Quake hits Chile', '', words.stopWords) // ['Quake', 'Quake hits', 'Quake hits Chile', 'hits', ...]
 */
export function headPhrases(title: string | null, text: string, stopWords: ReadonlySet<string>): string[] {
  const head = `${title ?? ''}\n${text.slice(0, 600)}`;
  const out = new Set<string>();
  let run: Word[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      if (!run[i]?.content) continue;
      let content = 0;
      for (let j = i; j < run.length && content < MAX_CONTENT; j++) {
        const w = run[j];
        if (!w?.content) continue;
        content++;
        out.add(
          run
            .slice(i, j + 1)
            .map((x) => x.shown)
            .join(' '),
        );
      }
    }
    run = [];
  };
  let previousEnd = -1;
  for (const { word, start } of rawWords(head).slice(0, LEAD_WORDS)) {
    const folded = foldWord(word);
    // A line break or punctuation between two words ends a phrase.
    if (previousEnd >= 0 && !/^[ \t]+$/.test(head.slice(previousEnd, start))) flush();
    previousEnd = start + word.length;
    if (CONNECTORS.has(folded) && run.length > 0) {
      run.push({ shown: word, content: false });
      continue;
    }
    if (folded.length < 2 || /\d/.test(folded) || stopWords.has(folded) || /^(https?|www)$/.test(folded)) {
      flush();
      continue;
    }
    run.push({ shown: word, content: true });
  }
  flush();
  return [...out];
}
