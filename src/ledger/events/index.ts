import type { Article, TimeExpression } from '../../model/index.js';
import { predicates } from './01-predicates.js';
import { anchorFor, contextDay, timesBySentence } from './02-anchors.js';
import type { EventMention } from './types.js';

export type { EventMention, EventTense } from './types.js';

export const STAGE = 'events';

export interface EventOptions {
  /** Sentence indices to look at; all sentences when absent. */
  readonly sentences?: ReadonlySet<number>;
  /** How many days before publication an earlier sentence's day still anchors past events (0: never). */
  readonly inheritDays?: number;
}

/**
 * The event mentions of one article: each predicate of each sentence with the entity mentions of
 * that sentence as participants and its anchor time. Needs the tokens and sentences layers; uses
 * the times and mentions layers when present (without times, only the publication date anchors).
 * Pure and cheap: one pass over the tokens of the chosen sentences.
 *
 * @example eventMentions(article).map((e) => `${e.text}@${e.anchor?.value ?? '?'}`) // ['filed@2006-03-28', ...]
 */
export function eventMentions(article: Article, options: EventOptions = {}): EventMention[] {
  const tokens = article.tokens ?? [];
  const sentences = article.sentences ?? [];
  const times = timesBySentence(article);
  const mentions = [...(article.mentions ?? [])].sort((a, b) => a.span.start - b.span.start);
  const published = article.published.value;
  const out: EventMention[] = [];
  let m = 0;
  const earlier: TimeExpression[] = [];
  sentences.forEach((sentence, s) => {
    const context = contextDay(earlier, published, options.inheritDays);
    earlier.push(...(times.get(s) ?? []));
    while (m < mentions.length && (mentions[m]?.span.start ?? 0) < sentence.span.start) m++;
    if (options.sentences && !options.sentences.has(s)) return;
    const participants: string[] = [];
    for (let k = m; k < mentions.length && (mentions[k]?.span.start ?? Infinity) < sentence.span.end; k++) {
      participants.push(mentions[k]?.id ?? '');
    }
    for (const p of predicates(tokens, sentence.tokens.start, sentence.tokens.end)) {
      const token = tokens[p.token];
      if (!token) continue;
      out.push({
        kind: 'event',
        id: `ev${out.length + 1}`,
        text: article.text.slice(token.span.start, token.span.end),
        lemma: token.lemma,
        span: token.span,
        sentence: s,
        token: p.token,
        class: p.class,
        tense: p.tense,
        participants,
        anchor: anchorFor(token.span, times.get(s) ?? [], context, p.tense, published),
        stage: STAGE,
        rule: p.rule,
        confidence: p.confidence,
      });
    }
  });
  return out;
}
