import type { Span } from '../../src/model/index.js';
import type { CatDocument } from '../datasets/cat.js';

/**
 * A gold speech event of MEANTIME: an EVENT_MENTION whose EVENT instance has class
 * SPEECH_COGNITIVE, with the spans of its Arg0 participants (HAS_PARTICIPANT, sem_role Arg0).
 */
export interface SpeechEvent {
  readonly span: Span;
  readonly words: string;
  readonly arg0: readonly Span[];
  /** Cognition, perception, emotion or will rather than speech ("believe", "expect", "want"). */
  readonly cognitive: boolean;
}

/**
 * Words that make a SPEECH_COGNITIVE event cognitive rather than a statement, chosen by meaning
 * (cognition, perception, emotion, will) from the events of corpus_apple — not from the
 * attribution stage's lexicon. Matched on the start of the event's lower-cased words.
 */
export const COGNITIVE_STEMS: readonly string[] = [
  'believ',
  'belief',
  'think',
  'thought',
  'expect',
  'expectation',
  'know',
  'knew',
  'want',
  'hope',
  'fear',
  'feel',
  'felt',
  'decid',
  'decision',
  'consider',
  'love',
  'like',
  'wish',
  'plan',
  'intend',
  'intent',
  'doubt',
  'suspect',
  'assum',
  'understand',
  'understood',
  'learn',
  'realiz',
  'realis',
  'recogni',
  'remember',
  'forget',
  'forgot',
  'choose',
  'chose',
  'choice',
  'prefer',
  'worr',
  'concern',
  'interest',
  'attention',
  'experienc',
  'reaction',
  'react',
  'resent',
  'define',
  'conclu',
  'see',
  'saw',
  'seen',
  'hear',
  'heard',
  'notic',
  'aware',
  'trust',
  'anticipat',
  'imagin',
  'guess',
  'wonder',
  'desir',
  'need',
  'seek',
  'sought',
  'try',
  'tried',
  'attempt',
  'refus',
  'agree',
  'accept',
  'approv',
  'support',
  'oppos',
];

/**
 * The gold speech events of a document.
 *
 * @example speechEvents(readCat(path)).filter((e) => e.arg0.length > 0)
 */
export function speechEvents(doc: CatDocument): SpeechEvent[] {
  const byId = new Map(doc.markables.map((m) => [m.id, m]));
  const instanceOf = new Map<string, string>();
  for (const r of doc.relations) {
    if (r.tag !== 'REFERS_TO') continue;
    for (const s of r.sources) if (r.targets[0]) instanceOf.set(s, r.targets[0]);
  }
  const arg0 = new Map<string, Span[]>();
  for (const r of doc.relations) {
    if (r.tag !== 'HAS_PARTICIPANT' || r.attrs['sem_role'] !== 'Arg0') continue;
    const target = byId.get(r.targets[0] ?? '')?.span;
    for (const s of r.sources) if (target) arg0.set(s, [...(arg0.get(s) ?? []), target]);
  }
  const out: SpeechEvent[] = [];
  for (const m of doc.markables) {
    if (m.tag !== 'EVENT_MENTION' || !m.span) continue;
    if (byId.get(instanceOf.get(m.id) ?? '')?.attrs['class'] !== 'SPEECH_COGNITIVE') continue;
    const words = doc.text.slice(m.span.start, m.span.end).toLowerCase();
    const cognitive = COGNITIVE_STEMS.some((stem) => words.split(/\s+/).some((w) => w.startsWith(stem)));
    out.push({ span: m.span, words, arg0: arg0.get(m.id) ?? [], cognitive });
  }
  return out;
}

/**
 * The end of the annotated part of a document: MEANTIME annotates the title and the first
 * sentences only (sentences 0 to 5), so predictions after the last sentence that holds any
 * anchored markable are not scored.
 */
export function annotatedEnd(doc: CatDocument): number {
  const sentenceOf = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
  let last = -1;
  for (const m of doc.markables) for (const t of m.tokens) last = Math.max(last, sentenceOf.get(t) ?? -1);
  let end = 0;
  for (const t of doc.tokens) if (t.sentence <= last) end = Math.max(end, t.span.end);
  return end;
}
