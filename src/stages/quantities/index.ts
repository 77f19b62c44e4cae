import { message, overlapping } from '../../model/index.js';
import type {
  Article,
  Attribution,
  Mention,
  Message,
  Sentence,
  Span,
  TimeExpression,
} from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import { toRecords } from './12-records.js';
import type { Draft } from './draft.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon } from '../../lexicon/index.js';
import { compileLexicon } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { mayHoldQuantity } from './prefilter.js';
import { scanSentence } from './scan.js';
import { scopeOf } from './scope.js';
import type { Scope } from './scope.js';
import { languageQuantities } from './lang-reader.js';

export const STAGE = 'quantities';

const NONE: readonly never[] = Object.freeze([]);

export interface Options {
  /** The shared lexicon (countries, months, number words); built here when not given. */
  readonly lexicon?: SharedLexicon;
  /**
   * Give a present-tense statement with no time of its own the publication date, with
   * `how: 'publication'` (default true). Off, such quantities have no time.
   */
  readonly publicationFallback?: boolean;
}

/**
 * Quantities: values, ranges, approximations, money, percentages, vague quantifiers and
 * proportions, changes, what is counted, where and when (see the numbered passes). Uses the
 * times, mentions and attributions layers when they hold something, and falls back honestly when
 * they do not. The lexicons are compiled once per configured stage.
 *
 * @example quantities({}).run(article).quantities
 */
export function quantities(options: Options = {}): Stage {
  const shared = options.lexicon ?? createLexicon();
  const lexicon = compileLexicon(shared);
  // Other languages with reading data: the lexicon's figure, counted and place words.
  const others = languageQuantities(shared);
  const timeOptions = Object.freeze({ publicationFallback: options.publicationFallback ?? true });
  return defineStage({
    name: STAGE,
    requires: ['tokens', 'sentences', 'times', 'mentions'],
    provides: ['quantities'],
    languages: ['en', ...others.keys()],
    run(article: Article): Article {
      const other = others.get(article.language.code);
      if (other) return { ...article, quantities: other(article, STAGE) };
      const drafts: Draft[] = [];
      const messages: Message[] = [];
      const tokens = article.tokens ?? [];
      const near = nearby(article);
      for (const sentence of article.sentences ?? []) {
        if (!mayHoldQuantity(tokens, sentence.tokens.start, sentence.tokens.end, lexicon)) continue;
        try {
          drafts.push(...scanSentence(sentenceScope(article, sentence, lexicon, near), timeOptions).drafts);
        } catch (error) {
          // Odd text must not cost the article its other quantities: say so and go on.
          const reason = error instanceof Error ? error.message : String(error);
          messages.push(
            message('warning', `quantities of a sentence were skipped: ${reason}`, {
              ruleId: 'sentence-failed',
              stage: STAGE,
              source: article.source,
              span: sentence.span,
            }),
          );
        }
      }
      return {
        ...article,
        quantities: toRecords(article.text, article.tokens ?? [], drafts, STAGE),
        messages: messages.length === 0 ? article.messages : [...article.messages, ...messages],
      };
    },
  });
}

/** The time expressions and mentions overlapping a span: the article's layers, indexed once. */
export interface Nearby {
  readonly times: (span: Span) => readonly TimeExpression[];
  readonly mentions: (span: Span) => readonly Mention[];
  /** Attributions that say when they were said, by their content's span. */
  readonly carriers: (span: Span) => readonly Attribution[];
}

/** Indexes an article's times and mentions for `sentenceScope`. */
export function nearby(article: Article): Nearby {
  const index = <T extends { readonly span: Span }>(xs: readonly T[] | undefined) =>
    xs === undefined || xs.length === 0 ? () => NONE : overlapping(xs);
  const said = (article.attributions ?? []).filter((a) => a.said);
  const carriers = overlapping(said.map((a) => ({ span: a.content.span, a })));
  return {
    times: index(article.times),
    mentions: index(article.mentions),
    carriers: (span) => carriers(span).map((c) => c.a),
  };
}

/** The scope of one sentence, with the time expressions and mentions that overlap it. */
export function sentenceScope(
  article: Article,
  sentence: Sentence,
  lexicon: Lexicon,
  near: Nearby = nearby(article),
): Scope {
  return scopeOf(article, sentence, lexicon, {
    times: near.times(sentence.span),
    mentions: near.mentions(sentence.span),
    carriers: near.carriers(sentence.span),
  });
}
