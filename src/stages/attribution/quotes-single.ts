import type { QuotePart } from './01-quotes.js';

/**
 * Single-quoted fragments outside the double-quoted parts of a block ('slaves', ‘checkers’),
 * where the marks cannot be apostrophes: the opening mark starts a word, the closing one ends
 * a word and no letter follows it ("Russia’s" is no quote).
 *
 * @example singleQuotes(text, block.start, block.end, 0, []) // [{ inner: ... 'slaves' ... }]
 */
export function singleQuotes(
  text: string,
  start: number,
  end: number,
  block: number,
  doubles: readonly Omit<QuotePart, 'next' | 'previous'>[],
): QuotePart[] {
  const out: QuotePart[] = [];
  // Searched within the block only: a search through the rest of the text from every block (or
  // every mark) would make a long article quadratic.
  const part = text.slice(start, end);
  // A fresh expression per call: a shared /g expression would carry state between articles.
  const single = /['‘]/g;
  for (let m = single.exec(part); m; m = single.exec(part)) {
    const at = start + m.index;
    const before = at > start ? (text[at - 1] ?? ' ') : ' ';
    if (!/[\s(“"—–-]/.test(before) || !/\p{L}/u.test(text[at + 1] ?? '')) continue;
    if (doubles.some((d) => d.outer.start < at && at < d.outer.end)) continue;
    const closer = m[0] === '‘' ? '’' : "'";
    // The closing mark ends a word and is not followed by a letter (not "Russia’s").
    const limit = Math.min(end, at + 160);
    let close = -1;
    const window = text.slice(at + 1, limit);
    for (let k = window.indexOf(closer); k >= 0; k = window.indexOf(closer, k + 1)) {
      const c = at + 1 + k;
      if (!/\p{L}/u.test(text[c + 1] ?? '') && /[\p{L}\p{N}.,!?]/u.test(text[c - 1] ?? '')) {
        close = c;
        break;
      }
    }
    if (close < 0) continue;
    out.push({
      outer: { start: at, end: close + 1 },
      inner: { start: at + 1, end: close },
      block,
      single: true,
      closed: true,
    });
    single.lastIndex = close + 1 - start;
  }
  return out;
}
