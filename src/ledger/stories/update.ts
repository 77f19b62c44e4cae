import { foldWord, rawWords, stem } from '../common/words.js';
import type { StoryParams } from './data/params.js';
import type { StoryLabeler } from './label.js';
import type { Story, StorySignature, Weights } from './types.js';
import { add } from './vectors.js';

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
    names: { ...shown, ...sig.names, ...story.names },
    phrases,
  };
  // The centroid's sums are only ranked and cut, never kept whole: summed straight into maps.
  return reweigh(folded, sums(story.terms, sig.terms), sums(story.entities, sig.entities), f, p, label);
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
    names: { ...from.names, ...into.names },
    phrases: add(into.phrases, from.phrases),
  };
  return reweigh(
    merged,
    new Map(Object.entries(add(into.terms, from.terms))),
    new Map(Object.entries(add(into.entities, from.entities))),
    f,
    p,
    label,
  );
}

function reweigh(
  story: Story,
  termSums: ReadonlyMap<string, number>,
  entitySums: ReadonlyMap<string, number>,
  f: Frequencies,
  p: StoryParams,
  label: StoryLabeler,
): Story {
  const terms = record(strongest(termSums, p.storyTerms));
  const entities = record(strongest(entitySums, p.storyEntities));
  const df = f.df([...Object.keys(terms), ...Object.keys(entities)]);
  const documents = Math.max(f.documents, 1);
  const idf = (k: string) => Math.log(1 + documents / Math.max(df.get(k) ?? 1, 1));
  const vector = unitScaled(terms, idf);
  // Keep the phrases a label could use: common ones made of the story's characteristic words (by
  // count alone, a phrase seen once would be pruned before it could be seen twice).
  const weight = (phrase: string) => {
    let sum = 0;
    for (const w of phrase.split(' ')) sum += vector[stem(w)] ?? 0;
    return sum;
  };
  // The weights are the labeler's too: it scores the kept phrases by count × weight.
  const weights = new Map<string, number>();
  const ranked = new Map<string, number>();
  for (const [k, n] of Object.entries(story.phrases)) {
    const w = weight(k);
    weights.set(k, w);
    ranked.set(k, n * (1 + w));
  }
  const phrases: Record<string, number> = {};
  for (const [k] of strongest(ranked, MAX_PHRASES)) phrases[k] = story.phrases[k] ?? 0;
  // Display names only for what is kept: a story's record must not grow with its member count.
  const names: Record<string, string> = {};
  for (const [k, name] of Object.entries(story.names)) {
    if (k.startsWith('p:') ? k.slice(2) in phrases : k in entities) names[k] = name;
  }
  const next: Story = {
    ...story,
    terms,
    entities,
    names,
    phrases,
    vector,
    entityVector: unitScaled(entities, idf),
  };
  return { ...next, label: label(next, weights) };
}

/** The entries of `a` with the sublinear term frequencies of `b` added (what `add(a, sublinear(b))` sums). */
function sums(a: Weights, b: Weights): Map<string, number> {
  const out = new Map<string, number>(Object.entries(a));
  for (const [k, tf] of Object.entries(b)) out.set(k, (out.get(k) ?? 0) + (1 + Math.log(Math.max(tf, 1))));
  return out;
}

/** The `n` strongest entries, strongest first (ties by key), as `top` ranks them. */
function strongest(v: ReadonlyMap<string, number>, n: number): [string, number][] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

function record(entries: readonly (readonly [string, number])[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, x] of entries) out[k] = x;
  return out;
}

/** `unit` of the vector with each entry scaled, without the scaled copy (same order, same sums). */
function unitScaled(v: Weights, scale: (k: string) => number): Record<string, number> {
  const keys = Object.keys(v);
  const scaled = new Float64Array(keys.length);
  let norm = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const x = (v[key] ?? 0) * scale(key);
    scaled[i] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  const out: Record<string, number> = {};
  if (norm === 0) return out;
  for (let i = 0; i < keys.length; i++) out[keys[i] as string] = (scaled[i] ?? 0) / norm;
  return out;
}

/** The folded form of a label phrase, its key in `Story.phrases`. */
export function phraseKey(phrase: string): string {
  return rawWords(phrase)
    .map((w) => foldWord(w.word))
    .join(' ');
}

/** The later of two optional deadline days, as an optional `ahead` field. */
function later(a: number | undefined, b: number | undefined): { ahead?: number } {
  const days = [a, b].filter((d) => d !== undefined);
  return days.length ? { ahead: Math.max(...days) } : {};
}

function hull(a: Story['time'], b: { from: number; to: number }): { from: number; to: number } {
  return a ? { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) } : { from: b.from, to: b.to };
}
