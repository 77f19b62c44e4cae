/**
 * Language-neutral word handling for the cross-article layer: the same folding applies to every
 * article whatever its language, so that the sketches of two articles can be compared without
 * knowing how they were analysed.
 */

export { foldWord, foldedWords, rawWords, stripMarkup } from '../../lexicon/index.js';

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
