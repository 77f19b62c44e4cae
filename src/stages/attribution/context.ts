import { overlapping } from '../../model/index.js';
import type { Article, Entity, Mention, Sentence, Span, TimeExpression, Token } from '../../model/index.js';
import type { Lexicon } from './lexicon.js';
import type { QuotePart } from './01-quotes.js';
import { firstTokenAt } from './token-view.js';
export {
  firstTokenAt,
  glued,
  isQuoteMark,
  isTime,
  norm,
  partOf,
  pos,
  sentenceOfToken,
  sentenceRange,
  word,
} from './token-view.js';

/**
 * The read-only view of one article that every sub-pass works on: tokens with their sentence,
 * the quote part and time expression each token lies in, and the compiled lexicon. Built once
 * per article in linear time; every lookup after that is O(1) or a binary search.
 */
export interface Context {
  readonly article: Article;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly lex: Lexicon;
  readonly quotes: readonly QuotePart[];
  readonly times: readonly TimeExpression[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Index of the quote part a token lies in (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Index of the time expression a token lies in, or -1. */
  readonly timeOf: Int32Array;
  /** Each token's words in lower case, filled as they are asked for (wink's `normal` rewrites some: "through" → "thru"). */
  readonly lower: (string | undefined)[];
  /** The entities layer by id. */
  readonly entityById: ReadonlyMap<string, Entity>;
  /** The outlet mentions overlapping a span (indexed once: a scan per phrase is quadratic). */
  readonly outletMentions: (span: Span) => readonly Mention[];
  /** True when the mentions are in order of their starts (as the entities stage writes them). */
  readonly mentionsInOrder: boolean;
}

/** Builds the context; `quotes` come from the first sub-pass. */
export function buildContext(article: Article, lex: Lexicon, quotes: readonly QuotePart[]): Context {
  const tokens = article.tokens ?? [];
  const sentences = article.sentences ?? [];
  const times = article.times ?? [];
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, i) => sentenceOf.fill(i, s.tokens.start, s.tokens.end));
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, i) => {
    // Double-quoted parts come first in `quotes`; a single-quoted fragment inside one keeps the outer.
    for (let t = firstTokenAt(tokens, q.outer.start); t < tokens.length; t++) {
      const tok = tokens[t];
      if (!tok || tok.span.start >= q.outer.end) break;
      if (quoteOf[t] === -1) quoteOf[t] = i;
    }
  });
  const timeOf = new Int32Array(tokens.length).fill(-1);
  times.forEach((time, i) => {
    for (let t = firstTokenAt(tokens, time.span.start); t < tokens.length; t++) {
      const tok = tokens[t];
      if (!tok || tok.span.start >= time.span.end) break;
      timeOf[t] = i;
    }
  });
  const lower = new Array<string | undefined>(tokens.length);
  const entityById = new Map((article.entities ?? []).map((e) => [e.id, e]));
  const outletMentions = overlapping((article.mentions ?? []).filter((m) => m.type === 'outlet'));
  const mentions = article.mentions ?? [];
  const mentionsInOrder = mentions.every(
    (m, i) => i === 0 || (mentions[i - 1]?.span.start ?? 0) <= m.span.start,
  );
  return {
    article,
    text: article.text,
    tokens,
    sentences,
    lex,
    quotes,
    times,
    sentenceOf,
    quoteOf,
    timeOf,
    lower,
    entityById,
    outletMentions,
    mentionsInOrder,
  };
}
