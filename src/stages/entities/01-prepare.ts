import type { Article, Token } from '../../model/index.js';
import { shapeOf, TRIGGER } from './lexicon.js';
import type { Lexicon, TriggerName } from './lexicon.js';
import type { Doc } from './types.js';

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-', '–', '--']);
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const NAMES = Object.keys(TRIGGER) as TriggerName[];
/** The bit position of each trigger (TRIGGER values are powers of two). */
const BIT_OF = Object.fromEntries(NAMES.map((k) => [k, Math.log2(TRIGGER[k])])) as Record<
  TriggerName,
  number
>;

/** Upper-case first letter; ASCII without a regular expression (this runs for every token). */
function isUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
}

/** A bit for each lower-case ASCII letter; 0 for anything else. */
function letterBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
}

function isLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(w);
}

/**
 * Computes the per-token facts every later pass reads, once per article: words, lower-cased
 * forms, capitals, sentences, headlines, and for each pass the tokens that may start what it
 * looks for (one map look-up per token, so that the passes visit only candidates).
 *
 * @example prepare(article, lexicon).triggered.titles // indices of "Minister", "envoy"...
 */
export function prepare(article: Article, lexicon: Lexicon): Doc {
  const tokens = article.tokens ?? [];
  const text = article.text;
  const n = tokens.length;
  const words: string[] = new Array<string>(n);
  const lowerCache: (string | undefined)[] = new Array<string | undefined>(n);
  const cap = new Uint8Array(n);
  const spaced = new Uint8Array(n);
  const lists: number[][] = NAMES.map(() => []);
  const capitals: number[] = [];
  let prevEnd = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t) continue;
    const w = text.slice(t.span.start, t.span.end);
    words[i] = w;
    const upper = isUpper(w);
    cap[i] = upper ? 1 : 0;
    if (upper || (w.charCodeAt(0) === 105 && isUpper(w.slice(1)))) capitals.push(i);
    spaced[i] = prevEnd < t.span.start ? 1 : 0;
    prevEnd = t.span.end;
    // Looked up by wink's normal form (already lower case; the lexicon lists its spelling
    // variants too), and only for words whose shape some trigger word has.
    const normal = t.normal;
    let mask = lexicon.triggerShapes[shapeOf(normal)] === 1 ? (lexicon.triggers.get(normal) ?? 0) : 0;
    for (let b = 0; mask !== 0; b++, mask >>= 1) if (mask & 1) lists[b]?.push(i);
  }
  const { sentence, initial, headline, initialWords } = sentenceFacts(article, words, tokens, cap);
  // Capitalised sentence openers that the article also writes in lower case are common words.
  // (Compared by wink's normal form, cheap to hash; the set holds the lower-cased surface.)
  const lowerVocab = new Set<string>();
  // First letters of the openers (a bit each): most tokens are ruled out without a look-up.
  let letters = 0;
  for (const o of initialWords) letters |= letterBit(o.charCodeAt(0));
  if (letters !== 0)
    for (let i = 0; i < n; i++) {
      const w = words[i] ?? '';
      if (cap[i] !== 0 || initial[i] !== 0 || (letters & letterBit(w.charCodeAt(0))) === 0) continue;
      if (initialWords.has(tokens[i]?.normal ?? '')) lowerVocab.add(w.toLowerCase().replace(/[’‘]/g, "'"));
    }
  return {
    text,
    tokens,
    words,
    lowerCache,
    cap,
    sentence,
    initial,
    headline,
    spaced,
    notNames: lexicon.notNames,
    lowerVocab,
    triggered: Object.fromEntries(NAMES.map((k) => [k, lists[BIT_OF[k]] ?? []])) as Record<
      TriggerName,
      number[]
    >,
    capitals,
    claimed: new Int32Array(n),
    found: [],
    unknown: [],
  };
}

/** Sentence of each token, sentence openers, and headlines (Title Case, capitals, title blocks). */
function sentenceFacts(
  article: Article,
  words: readonly string[],
  tokens: readonly Token[],
  cap: Uint8Array,
) {
  const n = words.length;
  const sentence = new Int32Array(n).fill(-1);
  const initial = new Uint8Array(n);
  const headline = new Uint8Array(n);
  const initialWords = new Set<string>();
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
        if (cap[i] === 1) initialWords.add(tokens[i]?.normal ?? '');
      } else if (!first && w.length >= 4 && (cap[i] === 1 || isLower(w))) {
        long++;
        if (cap[i] === 1) capped++;
      }
    }
    // A headline capitalises most long words and ends without a full stop; its capitals say
    // nothing about names. Text in capitals says as little.
    const block = article.blocks[s.block]?.type;
    const lastWord = words[s.tokens.end - 1] ?? '';
    const body = article.text.slice(s.span.start, s.span.end);
    const titled = long >= 3 && capped / long >= 0.7 && !/[.!?]$/.test(lastWord);
    const shouted = long >= 3 && capped === long && body === body.toUpperCase();
    // A title written in sentence case ("Airbus wins Qatar Airways order") keeps its capitals'
    // meaning: only a Title Case one, or one too short to tell, is read as a headline.
    const titleBlock = block === 'title' || block === 'subtitle';
    const titleCase = titleBlock && (long < 3 ? capped === long : capped / long >= 0.6);
    if (titleCase || titled || shouted) headline.fill(1, s.tokens.start, s.tokens.end);
  });
  return { sentence, initial, headline, initialWords };
}
