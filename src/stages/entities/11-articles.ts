import { lo } from './types.js';
import type { Doc } from './types.js';

const TAKES_ARTICLE = new Set(['place', 'organization', 'outlet', 'event', 'instrument']);
const NOUNS = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * Takes a leading "the" into a name when the name heads its phrase: "the United States", "the
 * U.N. Security Council adopted", as the press and the benchmarks write them. Not when the name
 * only modifies a noun ("the U.S. government", "the Kim Jong Un regime", "the Beijing-based group").
 *
 * @example takeArticles(doc) // "the Security Council adopted" → the mention spans "the Security Council"
 */
export function takeArticles(doc: Doc): void {
  for (const f of doc.found) {
    if (f.span || f.form !== 'name' || !TAKES_ARTICLE.has(f.type) || f.first < 1) continue;
    const the = f.first - 1;
    if (lo(doc, the) !== 'the' || doc.sentence[the] !== doc.sentence[f.first]) continue;
    if (doc.claimed[the] !== 0) continue;
    // "the U.S. government", "the U.S. military base": the name modifies what follows.
    const next = doc.tokens[f.end];
    const after = doc.tokens[f.end + 1];
    const sameSentence = doc.sentence[f.end] === doc.sentence[f.first];
    if (next && sameSentence && NOUNS.has(next.pos)) continue;
    if (next && sameSentence && next.pos === 'ADJ' && after && NOUNS.has(after.pos)) continue;
    // "the Beijing-based group", "the China-U.S. deal": a hyphen joined to the name makes a modifier.
    if (next && sameSentence && /^[-‐]$/.test(doc.words[f.end] ?? '') && !doc.spaced[f.end]) continue;
    // "the Atlanta and St. Louis plants": names joined by "and" before a noun modify it together.
    if (sameSentence && coordinatedModifier(doc, f.end)) continue;
    f.first = the;
    doc.claimed[the] = doc.claimed[the + 1] ?? 0;
  }
}

/**
 * True when "and" and another capitalised name follow token `end` and a noun in lower case comes
 * after that name ("Atlanta and St. Louis plants").
 *
 * @example coordinatedModifier(doc, end) // true after "Atlanta" in "the Atlanta and St. Louis plants"
 */
export function coordinatedModifier(doc: Doc, end: number): boolean {
  const w = lo(doc, end);
  if ((w !== 'and' && w !== '&') || doc.cap[end + 1] !== 1) return false;
  let k = end + 1;
  while (doc.cap[k] === 1 && doc.sentence[k] === doc.sentence[end]) k++;
  return doc.cap[k] === 0 && doc.sentence[k] === doc.sentence[end] && doc.tokens[k]?.pos === 'NOUN';
}
