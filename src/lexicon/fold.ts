/**
 * Language-neutral word folding: the same folding applies to every text whatever its language,
 * so that names and words can be compared without knowing how the text was analysed.
 */

// Letters/digits joined by an inner dot, apostrophe or hyphen ("U.N.", "Jong-un", "don't"), or by
// a thousands separator between digit groups ("30,023", "30 023", "30.023").
const WORD =
  /[\p{L}\p{N}]+(?:(?:[.'’-]|(?<=\d)[,\u00a0\u202f](?=\d{3}(?!\d))|(?<=(?:^|\D)\d{1,3}) (?=\d{3}(?!\d)))[\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const JOINERS = /[.'’,\u00a0\u202f -]/g;
// Tags and entities left in scraped excerpts ("<br />", "&nbsp;") are page furniture, not words.
const TAG = /<\/?[a-zA-Z][^<>]{0,200}>|&[a-z]{2,8};|&#\d{2,6};/g;

/**
 * Folds one word: lower case, no diacritics, no inner punctuation. Hangul and other scripts are
 * recomposed after the marks are stripped, so only combining accents are lost.
 *
 * @example foldWord('U.N.') // 'un'
 * @example foldWord('Jong-un') // 'jongun'
 * @example foldWord('Pjöngjang') // 'pjongjang'
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII: no accents to strip, no need to normalise.
  if (ASCII.test(word)) return word.toLowerCase().replace(JOINERS, '');
  return word.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase().replace(JOINERS, '');
}

/** Removes HTML tags and character entities that scraped excerpts keep. */
export function stripMarkup(text: string): string {
  return text.replace(TAG, ' ');
}

/**
 * The folded words of a text, in order, markup removed.
 *
 * @example foldedWords('The U.N. said <br /> 30,023 workers') // ['the', 'un', 'said', '30023', 'workers']
 */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const m of stripMarkup(text).matchAll(WORD)) {
    const w = foldWord(m[0]);
    if (w.length > 0) out.push(w);
  }
  return out;
}

/**
 * The raw (unfolded) words of a text with their offsets, markup removed.
 *
 * @example rawWords('The U.N. said').map((w) => w.word) // ['The', 'U.N', 'said']
 */
export function rawWords(text: string): { readonly word: string; readonly start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of stripMarkup(text).matchAll(WORD)) out.push({ word: m[0], start: m.index });
  return out;
}
