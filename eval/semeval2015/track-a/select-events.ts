import type { EventMention } from '../../../src/ledger/events/index.js';
import type { Token } from '../../../src/model/index.js';
import { CONTINUING_OPENERS } from './data/name-words.js';
import type { TrackADocument } from './document.js';
import { targetMentions } from './target-sentences.js';
import type { NameForm } from './target-names.js';

/** The knobs of event selection, tuned on the trial data only. */
export interface SelectOptions {
  /** Keep predicates at most this many tokens from a mention of the target (default: the whole sentence). */
  readonly window?: number;
  /** Keep event nouns as well as verbs (default true). */
  readonly nominal?: boolean;
  /** Lemmas never taken as events of the target (reporting verbs, for instance). */
  readonly skipLemmas?: ReadonlySet<string>;
  /** Also take the next sentence when it opens with a pronoun or "the company" (default false). */
  readonly continuing?: boolean;
  /** What to do with events that get no anchor: list them on ordinal 0, or leave them out. */
  readonly unanchored?: 'ordinal0' | 'drop';
}

export interface Selection {
  readonly accepts: (event: EventMention) => boolean;
  /** Higher for events closer to a mention of the target. */
  readonly confidence: (event: EventMention) => number;
}

/**
 * Which events of a document belong to a target: those of the (CAT) sentences that name it, or
 * that continue about it, within a window of tokens around its mentions.
 *
 * @example targetSentences(doc, nameForms('Boeing', []), { window: 8 }).accepts(event)
 */
export function targetSentences(
  doc: TrackADocument,
  forms: readonly NameForm[],
  options: SelectOptions,
): Selection {
  const tokens = doc.article.tokens ?? [];
  const mentionsAt = new Map<number, number[]>();
  for (const span of targetMentions(doc.article, forms).spans) {
    const sentence = doc.catTokenAt(span.start)?.sentence;
    if (sentence === undefined) continue;
    const list = mentionsAt.get(sentence) ?? [];
    list.push(tokenIndex(tokens, span.start));
    mentionsAt.set(sentence, list);
  }
  const continued = new Set<number>();
  if (options.continuing) {
    for (const s of [...mentionsAt.keys()]) {
      for (let next = s + 1; !mentionsAt.has(next) && opensAboutPrevious(doc, next); next++)
        continued.add(next);
    }
  }
  const window = options.window ?? Infinity;
  const distance = (event: EventMention): number => {
    const sentence = doc.catTokenAt(event.span.start)?.sentence;
    if (sentence === undefined) return Infinity;
    if (continued.has(sentence)) return Number.isFinite(window) ? window : 0;
    const at = mentionsAt.get(sentence);
    if (!at) return Infinity;
    return Math.min(...at.map((m) => Math.abs(m - event.token)));
  };
  return {
    accepts: (event) => {
      if (options.nominal === false && event.class === 'nominal') return false;
      if (options.skipLemmas?.has(event.lemma)) return false;
      const d = distance(event);
      return Number.isFinite(d) ? d <= window : false;
    },
    confidence: (event) => event.confidence / (1 + Math.min(distance(event), 50) / 10),
  };
}

function opensAboutPrevious(doc: TrackADocument, sentence: number): boolean {
  const first = doc.cat.tokens.find((t) => t.sentence === sentence);
  if (!first) return false;
  const opening = doc.cat.text.slice(first.span.start, first.span.start + 40);
  return CONTINUING_OPENERS.some((re) => re.test(opening));
}

/** The index of the first token that ends after `offset` (binary search). */
function tokenIndex(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.span.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
