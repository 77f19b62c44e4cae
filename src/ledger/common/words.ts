/**
 * Language-neutral word handling for the cross-article layer: the same folding applies to every
 * article whatever its language, so that the sketches of two articles can be compared without
 * knowing how they were analysed.
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

/** The raw (unfolded) words of a text with their offsets, markup removed. */
export function rawWords(text: string): { readonly word: string; readonly start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of stripMarkup(text).matchAll(WORD)) out.push({ word: m[0], start: m.index });
  return out;
}

/**
 * A crude, language-neutral stem for Latin-script words: drop an English plural or possessive,
 * then keep at most seven letters ("repatriated", "repatriation" → "repatri"). Prefix stems are a
 * known cheap substitute for a stemmer in retrieval; other scripts are returned as they are.
 *
 * @example stem('workers') // 'worker'
 * @example stem('sanctions') // 'sanctio'
 */
export function stem(folded: string): string {
  if (!/^[a-z]+$/.test(folded)) return folded;
  let w = folded;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w.length > 7 ? w.slice(0, 7) : w;
}

/** A family of writing systems. */
export type Script = 'latin' | 'cyrillic' | 'hangul' | 'arabic' | 'cjk' | 'other';

/**
 * The script family of a text, by its letters: a cheap language signal that needs no model.
 *
 * @example dominantScript('Россия и КНДР') // 'cyrillic'
 */
export function dominantScript(text: string): Script {
  const counts = { latin: 0, cyrillic: 0, hangul: 0, arabic: 0, cjk: 0, other: 0 };
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x41 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latin++;
    else if (c >= 0x400 && c <= 0x4ff) counts.cyrillic++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) counts.hangul++;
    else if (c >= 0x600 && c <= 0x6ff) counts.arabic++;
    else if (c >= 0x4e00 && c <= 0x9fff) counts.cjk++;
  }
  let best: keyof typeof counts = 'other';
  for (const k of Object.keys(counts) as (keyof typeof counts)[]) if (counts[k] > counts[best]) best = k;
  return best;
}
