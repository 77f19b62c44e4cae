import type { Span, TimeRef } from '../../model/index.js';

/** How a predicate was read for tense: what decides whether the publication date can anchor it. */
export type EventTense = 'past' | 'present' | 'future' | 'irrealis';

/**
 * Something that happened (or is said to happen) according to one sentence: a verbal predicate
 * ("filed", "will launch") or an event noun ("the lawsuit", "a 2% drop"), with the entity mentions
 * of its sentence as participants and the time it is anchored to, when one can be given.
 */
export interface EventMention {
  readonly kind: 'event';
  readonly id: string;
  /** The predicate's word as written. */
  readonly text: string;
  readonly lemma: string;
  readonly span: Span;
  /** Index into `article.sentences` and into `article.tokens`. */
  readonly sentence: number;
  readonly token: number;
  readonly class: 'verbal' | 'nominal';
  readonly tense: EventTense;
  /** Ids of the entity mentions in the same sentence (empty while the entity layer is absent). */
  readonly participants: readonly string[];
  /** The anchoring time; null when neither the text nor the publication date can place it. */
  readonly anchor: TimeRef | null;
  readonly stage: string;
  readonly rule: string;
  readonly confidence: number;
}
