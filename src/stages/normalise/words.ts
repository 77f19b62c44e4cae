/** Word counts stop here: no rule asks about more words than this. */
export const WORD_CAP = 100;

/** Longer than this, a piece has more than WORD_CAP words in any language the rules know. */
const LONG = 800;

/**
 * A piece's word count, up to WORD_CAP. Long pieces are not counted at all, and middling ones
 * by their spaces (a native scan) unless they have few, as in scripts written without spaces.
 *
 * @example pieceWords('By Jane Example') // 3
 */
export function pieceWords(text: string): number {
  if (text.length > LONG) return WORD_CAP;
  if (text.length <= 300) return wordCount(text, WORD_CAP);
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0 && spaces < WORD_CAP; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces >= 40 ? Math.min(WORD_CAP, spaces + 1) : wordCount(text, WORD_CAP);
}

/**
 * Words in a string: tokens between spaces that hold a letter or digit; in scripts written
 * without spaces, two characters count as a word. A plain loop: this runs on every paragraph.
 *
 * @example wordCount('Feb. 7 (UPI) --') // 3
 */
export function wordCount(s: string, cap = Infinity): number {
  let words = 0;
  let dense = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) dense++;
    if (!counted && isWordChar(c)) {
      if (++words > cap && dense === 0) return words;
      counted = true;
    }
  }
  return Math.max(words, Math.round(dense / 2));
}

/** Letters and digits: ASCII quickly, anything above it except punctuation ranges. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (
    !(c >= 0x2000 && c <= 0x206f) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    c !== 0xa0 &&
    !(c >= 0xff00 && c <= 0xff0f)
  );
}

/**
 * Reads like body text rather than a headline or a label: a sentence of twelve words or more that
 * ends like one, or forty words whatever the ending (excerpts stop mid-sentence).
 *
 * @example isBodyLike('Russia says plans are underway to repatriate all North Korean laborers by 2019.') // true
 */
export function isBodyLike(text: string, counted?: number): boolean {
  const words = counted ?? wordCount(text, WORD_CAP);
  return words >= 40 || (words >= 12 && '.!?"”’»…'.includes(text.charAt(text.length - 1)));
}
