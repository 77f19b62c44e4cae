import type { Article, Attribution, Mention, Sentence, TimeExpression, Token } from '../../model/index.js';
import type { Lexicon } from './lexicon.js';

/**
 * What every sub-pass reads about one sentence: the article, its tokens, the sentence's token
 * range and the compiled lexicon, with small helpers over tokens. Tokens outside the sentence
 * read as '' so that look-arounds never cross a sentence boundary.
 */
export interface Scope {
  readonly article: Article;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  /** First token index of the sentence. */
  readonly first: number;
  /** One past the last token index of the sentence. */
  readonly end: number;
  readonly lexicon: Lexicon;
  readonly times: readonly TimeExpression[];
  readonly mentions: readonly Mention[];
  /** The attributions that say when they were said and overlap the sentence (in article order). */
  readonly carriers: readonly Attribution[];
  /** Lower-cased form of token i ('' outside the sentence). */
  readonly word: (i: number) => string;
  /** The words of token i as written ('' outside the sentence). */
  readonly surface: (i: number) => string;
}

/** Makes the scope of one sentence. */
export function scopeOf(
  article: Article,
  sentence: Sentence,
  lexicon: Lexicon,
  near: {
    times: readonly TimeExpression[];
    mentions: readonly Mention[];
    carriers: readonly Attribution[];
  },
): Scope {
  const tokens = article.tokens ?? [];
  const { start: first, end } = sentence.tokens;
  const inside = (i: number) => i >= first && i < end;
  return {
    article,
    text: article.text,
    tokens,
    sentence,
    first,
    end,
    lexicon,
    times: near.times,
    mentions: near.mentions,
    carriers: near.carriers,
    word: (i) => (inside(i) ? (tokens[i]?.normal ?? '') : ''),
    surface: (i) => {
      const t = inside(i) ? tokens[i] : undefined;
      return t ? article.text.slice(t.span.start, t.span.end) : '';
    },
  };
}

/** True when whitespace separates token i from the token before it. */
export function gapBefore(scope: Scope, i: number): boolean {
  const here = scope.tokens[i];
  const before = scope.tokens[i - 1];
  return !here || !before || before.span.end < here.span.start;
}

/** The universal POS tag of token i ('' outside the sentence). */
export function posOf(scope: Scope, i: number): string {
  return i >= scope.first && i < scope.end ? (scope.tokens[i]?.pos ?? '') : '';
}

/** True when the token is written with a capital first letter. */
export function isCapitalised(scope: Scope, i: number): boolean {
  return /^\p{Lu}/u.test(scope.surface(i));
}

/** True for a plural noun: "workers", "North Koreans", "people". */
export function isPluralNoun(scope: Scope, i: number): boolean {
  const t = scope.tokens[i];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  const lemma = t.lemma.toLowerCase();
  if (t.pos === 'NOUN' && lemma !== t.normal) return true;
  return /[^s]s$/.test(t.normal) || scope.lexicon.irregularPlurals.has(t.normal);
}

/** True for a token that may stand in a noun phrase before its head. */
export function isNominal(scope: Scope, i: number): boolean {
  const pos = posOf(scope, i);
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ';
}

/** True for a closing or opening quotation mark. */
export function isQuote(scope: Scope, i: number): boolean {
  return /^["'‘’“”«»]$/.test(scope.surface(i));
}
