import type { Article } from '../../model/index.js';
import type { Doc } from './types.js';

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-', '–', '--']);
const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Computes the per-token facts every later pass reads, once per article.
 *
 * @example prepare(article).cap[0] // 1 when the first token is capitalised
 */
export function prepare(article: Article): Doc {
  const tokens = article.tokens ?? [];
  const text = article.text;
  const n = tokens.length;
  const words: string[] = new Array<string>(n);
  const lower: string[] = new Array<string>(n);
  const cap = new Uint8Array(n);
  const sentence = new Int32Array(n).fill(-1);
  const initial = new Uint8Array(n);
  const headline = new Uint8Array(n);
  const spaced = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const w = t ? text.slice(t.span.start, t.span.end) : '';
    words[i] = w;
    lower[i] = w.toLowerCase().replace(/[’‘]/g, "'");
    cap[i] = UPPER.test(w) ? 1 : 0;
    const prev = tokens[i - 1];
    spaced[i] = !prev || !t || prev.span.end < t.span.start ? 1 : 0;
  }
  const lowerVocab = new Set<string>();
  (article.sentences ?? []).forEach((s, si) => {
    let first = true;
    let capped = 0;
    let long = 0;
    for (let i = s.tokens.start; i < s.tokens.end; i++) {
      sentence[i] = si;
      const w = words[i] ?? '';
      if (first && !OPENERS.has(w)) {
        initial[i] = 1;
        first = false;
      } else if (!first && LETTER.test(w)) {
        if (cap[i] === 0 && /^\p{Ll}/u.test(w)) lowerVocab.add(lower[i] ?? '');
        if (w.length >= 4) {
          long++;
          if (cap[i] === 1) capped++;
        }
      }
    }
    // A headline capitalises most long words and ends without a full stop; its capitals say
    // nothing about names. Text in capitals says as little.
    const block = article.blocks[s.block]?.type;
    const lastWord = words[s.tokens.end - 1] ?? '';
    const body = text.slice(s.span.start, s.span.end);
    const titled = long >= 3 && capped / long >= 0.7 && !/[.!?]$/.test(lastWord);
    const shouted = long >= 3 && capped === long && body === body.toUpperCase();
    if (block === 'title' || block === 'subtitle' || titled || shouted)
      headline.fill(1, s.tokens.start, s.tokens.end);
  });
  return {
    text,
    tokens,
    words,
    lower,
    cap,
    sentence,
    initial,
    headline,
    spaced,
    lowerVocab,
    claimed: new Int32Array(n),
    found: [],
    unknown: [],
  };
}
