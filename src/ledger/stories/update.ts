import { foldWord, rawWords, stem } from '../common/words.js';
import type { StoryParams } from './data/params.js';
import type { StoryLabeler } from './label.js';
import type { Story, StorySignature, Weights } from './types.js';
import { add, top, unit } from './vectors.js';

/** Document frequencies as the index gave them, read before the (synchronous, pure) update. */
export interface Frequencies {
  readonly documents: number;
  readonly df: (keys: readonly string[]) => ReadonlyMap<string, number>;
}

/**
 * Frequencies over the counts read for some keys (a key not read counts 0): the keys of the
 * stories and signature an update combines, since it only ever weighs a subset of them.
 *
 * @example frequencies(120, await index.frequencies(keys)).df(['russia'])
 */
export function frequencies(documents: number, counts: ReadonlyMap<string, number>): Frequencies {
  return { documents, df: (keys) => new Map(keys.map((k) => [k, counts.get(k) ?? 0])) };
}

/** Keeps at most this many label phrases per story. */
const MAX_PHRASES = 120;

/**
 * A new story made of one article.
 *
 * @example startStory('story-1', signature, frequencies, params, labeler)
 */
export function startStory(
  id: string,
  sig: StorySignature,
  f: Frequencies,
  p: StoryParams,
  label: StoryLabeler,
): Story {
  const empty: Story = {
    kind: 'story',
    id,
    label: '',
    size: 0,
    mirrors: 0,
    created: sig.seq,
    updated: sig.seq,
    time: null,
    languages: {},
    terms: {},
    entities: {},
    vector: {},
    entityVector: {},
    names: {},
    phrases: {},
  };
  return joinStory(empty, sig, f, p, label);
}

/**
 * The story with one more article folded into its centroid: sums of sublinear term frequencies,
 * re-weighted with the current document frequencies, pruned to the strongest terms.
 */
export function joinStory(
  story: Story,
  sig: StorySignature,
  f: Frequencies,
  p: StoryParams,
  label: StoryLabeler,
): Story {
  // Phrases are counted by their folded form ("Oscars" and "oscars" are one), shown as first seen.
  const phrases: Record<string, number> = { ...story.phrases };
  const shown: Record<string, string> = {};
  for (const phrase of new Set(sig.phrases.map(phraseKey))) phrases[phrase] = (phrases[phrase] ?? 0) + 1;
  for (const phrase of sig.phrases) shown[`p:${phraseKey(phrase)}`] ??= phrase;
  const folded: Story = {
    ...story,
    size: story.size + 1,
    updated: sig.seq,
    time: sig.time && sig.time.how !== 'mentioned-year' ? hull(story.time, sig.time) : story.time,
    ...later(story.ahead, sig.ahead),
    languages: add(story.languages, { [sig.language]: 1 }),
    terms: add(story.terms, sublinear(sig.terms)),
    entities: add(story.entities, sublinear(sig.entities)),
    names: { ...shown, ...sig.names, ...story.names },
    phrases,
  };
  return reweigh(folded, f, p, label);
}

/** Two stories as one (`into` keeps its id), for a bridge. */
export function mergeInto(
  into: Story,
  from: Story,
  f: Frequencies,
  p: StoryParams,
  label: StoryLabeler,
): Story {
  const merged: Story = {
    ...into,
    size: into.size + from.size,
    mirrors: into.mirrors + from.mirrors,
    updated: Math.max(into.updated, from.updated),
    time: from.time ? hull(into.time, from.time) : into.time,
    ...later(into.ahead, from.ahead),
    languages: add(into.languages, from.languages),
    terms: add(into.terms, from.terms),
    entities: add(into.entities, from.entities),
    names: { ...from.names, ...into.names },
    phrases: add(into.phrases, from.phrases),
  };
  return reweigh(merged, f, p, label);
}

function reweigh(story: Story, f: Frequencies, p: StoryParams, label: StoryLabeler): Story {
  const terms = top(story.terms, p.storyTerms);
  const entities = top(story.entities, p.storyEntities);
  const df = f.df([...Object.keys(terms), ...Object.keys(entities)]);
  const idf = (k: string) => Math.log(1 + Math.max(f.documents, 1) / Math.max(df.get(k) ?? 1, 1));
  const scale = (v: Weights) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x * idf(k)]));
  const vector = unit(scale(terms));
  // Keep the phrases a label could use: common ones made of the story's characteristic words (by
  // count alone, a phrase seen once would be pruned before it could be seen twice).
  const weight = (phrase: string) => phrase.split(' ').reduce((s, w) => s + (vector[stem(w)] ?? 0), 0);
  const ranked = top(
    Object.fromEntries(Object.entries(story.phrases).map(([k, n]) => [k, n * (1 + weight(k))])),
    MAX_PHRASES,
  );
  const phrases = Object.fromEntries(Object.keys(ranked).map((k) => [k, story.phrases[k] ?? 0]));
  // Display names only for what is kept: a story's record must not grow with its member count.
  const names = Object.fromEntries(
    Object.entries(story.names).filter(([k]) => (k.startsWith('p:') ? k.slice(2) in phrases : k in entities)),
  );
  const next: Story = {
    ...story,
    terms,
    entities,
    names,
    phrases,
    vector,
    entityVector: unit(scale(entities)),
  };
  return { ...next, label: label(next) };
}

/** The folded form of a label phrase, its key in `Story.phrases`. */
export function phraseKey(phrase: string): string {
  return rawWords(phrase)
    .map((w) => foldWord(w.word))
    .join(' ');
}

function sublinear(v: Weights): Record<string, number> {
  return Object.fromEntries(Object.entries(v).map(([k, tf]) => [k, 1 + Math.log(Math.max(tf, 1))]));
}

/** The later of two optional deadline days, as an optional `ahead` field. */
function later(a: number | undefined, b: number | undefined): { ahead?: number } {
  const days = [a, b].filter((d) => d !== undefined);
  return days.length ? { ahead: Math.max(...days) } : {};
}

function hull(a: Story['time'], b: { from: number; to: number }): { from: number; to: number } {
  return a ? { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) } : { from: b.from, to: b.to };
}
