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
  // A fresh expression per call: a shared /g expression would carry state between articles.
  const single = /['‘]/g;
  single.lastIndex = start;
  for (let m = single.exec(text); m && m.index < end; m = single.exec(text)) {
    const at = m.index;
    const before = at > start ? (text[at - 1] ?? ' ') : ' ';
    if (!/[\s(“"—–-]/.test(before) || !/\p{L}/u.test(text[at + 1] ?? '')) continue;
    if (doubles.some((d) => d.outer.start < at && at < d.outer.end)) continue;
    const closer = m[0] === '‘' ? '’' : "'";
    // The closing mark ends a word and is not followed by a letter (not "Russia’s").
    const limit = Math.min(end, at + 160);
    let close = -1;
    for (let k = text.indexOf(closer, at + 1); k >= 0 && k < limit; k = text.indexOf(closer, k + 1)) {
      if (!/\p{L}/u.test(text[k + 1] ?? '') && /[\p{L}\p{N}.,!?]/u.test(text[k - 1] ?? '')) {
        close = k;
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
    single.lastIndex = close + 1;
  }
  return out;
}
