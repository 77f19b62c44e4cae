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

/**
 * The tokens with names that wink tags as verbs read as names: "Ford" in "Ford reports $2
 * billion loss" and "Executives at GM and Ford said …", "Fed" in "Fed chief Bernanke warns …"
 * (to ford, fed). A capitalised word tagged VERB — not an -ing or -ed form — is taken for a name
 * when it opens a sentence before a noun, a name or an adjective (an imperative rarely opens a
 * news sentence, and one that does is mostly followed by a determiner: "Consider the …"), or
 * inside a sentence before a word in lower case (not a title-case headline: "GM Says It Will …"),
 * after a word that opens no quote. One test of the tag per token; the array is copied only when
 * a tag changes.
 */
function withNamesAsNames(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  cueForms: Lexicon['cueForms'],
): readonly Token[] {
  let out: Token[] | null = null;
  for (const s of sentences) {
    for (let i = s.tokens.start; i < s.tokens.end - 1; i++) {
      const t = tokens[i];
      if (t?.pos !== 'VERB') continue;
      const next = tokens[i + 1];
      const first = text.slice(t.span.start, t.span.end);
      if (!next || !/^\p{Lu}\p{Ll}/u.test(first) || /(?:ing|ed)$/.test(first)) continue;
      if (i === s.tokens.start) {
        // "Ford announced …": an inflected cue verb after it makes it the subject, not an imperative.
        const info = next.pos === 'VERB' ? cueForms.get(next.normal) : undefined;
        const cue = info !== undefined && info.lemma !== next.normal;
        const nominal = next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ';
        if (s.tokens.end - i < 3 || !(nominal || cue)) continue;
      } else {
        const before = text.slice(tokens[i - 1]?.span.start ?? 0, tokens[i - 1]?.span.end ?? 0);
        const after = text[next.span.start] ?? '';
        if (OPENERS.has(before) || after === after.toUpperCase()) continue;
      }
      out ??= [...tokens];
      out[i] = { ...t, pos: 'PROPN' };
    }
  }
  return out ?? tokens;
}

/** Tokens after which a capitalised verb may open quoted or set-off words ("said: “Take …"). */
const OPENERS = new Set(['"', '“', '‘', "'", ':', '(', '[', '—', '–', '-', ';']);

/** Builds the context; `quotes` come from the first sub-pass. */
export function buildContext(article: Article, lex: Lexicon, quotes: readonly QuotePart[]): Context {
  const sentences = article.sentences ?? [];
  const tokens = withNamesAsNames(article.text, article.tokens ?? [], sentences, lex.cueForms);
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
