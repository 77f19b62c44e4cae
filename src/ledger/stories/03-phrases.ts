import { foldWord, rawWords } from '../common/words.js';

const LEAD_WORDS = 45;
/** Most content words in a phrase. */
const MAX_CONTENT = 4;
/** Small words allowed inside a phrase, never at its ends ("Gulf of Aden", "hit and run"). */
const CONNECTORS = new Set(['of', 'and', 'in', 'on', 'at', 'for', 'to', 'the', 'von', 'der', 'des', 'und']);

interface Word {
  readonly shown: string;
  readonly content: boolean;
  /** A noun or a name: a phrase ends on one ("North Korean workers", not "North Korean"). */
  readonly noun: boolean;
}

/** The part of speech of the word starting at an offset of the text, when the tokens say. */
export type PosAt = (offset: number) => string | undefined;

/** Parts of speech a label phrase is made of: nouns, names, adjectives. */
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/**
 * Candidate label phrases from the head of an article (its title and first words): noun phrases
 * of one to four content words, in display form. With parts of speech (English text), a phrase is
 * nouns, names and adjectives (with "of", "and", "in"... inside) ending on a noun: "North Korean
 * workers in Russia" gives "North Korean workers", "workers in Russia", "Russia", …, never "start
 * leaving Qatar". Without them (a title outside the text, another language), only capitalised
 * words count: names, and German nouns; a script without capitals gives none (the label then
 * falls back to names); `'words'` takes every content word (English text not tokenised). The story counts them across its members and picks one (`label.ts`).
 *
 * @example headPhrases('Quake hits Chile', '', words.stopWords) // ['Quake', 'Chile']
 */
export function headPhrases(
  title: string | null,
  text: string,
  stopWords: ReadonlySet<string>,
  posAt?: PosAt | 'words',
): string[] {
  // The title is usually the text's first line; when it is not, it is read without parts of speech.
  const inText = title !== null && text.slice(0, 400).includes(title);
  const prefix = title && !inText ? `${title}\n` : '';
  const head = `${prefix}${text.slice(0, 600)}`;
  const pos = (start: number) =>
    typeof posAt === 'function' && start >= prefix.length ? posAt(start - prefix.length) : undefined;
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
        if (!w.noun) continue;
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
      run.push({ shown: word, content: false, noun: false });
      continue;
    }
    if (folded.length < 2 || /\d/.test(folded) || stopWords.has(folded) || /^(https?|www)$/.test(folded)) {
      flush();
      continue;
    }
    const tag = pos(start);
    if (tag !== undefined ? !PHRASE_POS.has(tag) : posAt !== 'words' && !/^\p{Lu}/u.test(word)) {
      flush();
      continue;
    }
    run.push({ shown: word, content: true, noun: tag === undefined || NOUN_POS.has(tag) });
  }
  flush();
  return [...out];
}
