import { gapDays } from '../common/article-time.js';
import type { TimeWindow } from '../common/article-time.js';
import type { StoryParams } from './data/params.js';
import type { Story, Weights } from './types.js';
import { dot } from './vectors.js';

/** An article ready to be scored: unit tf-idf vectors of its terms and entity keys. */
export interface ArticleVectors {
  readonly language: string;
  readonly vector: Weights;
  readonly entityVector: Weights;
  readonly time: TimeWindow | null;
}

export interface StoryScore {
  readonly score: number;
  /** True when the article is not in the story's main language and was scored on its anchors. */
  readonly foreign: boolean;
  readonly text: number;
  readonly entity: number;
  /** Multiplier from the time gap: 1 when the times overlap or one is unknown. */
  readonly decay: number;
  readonly gap: number | null;
}

/**
 * How well an article fits a story: cosine similarity of vocabularies and of entity keys, mixed
 * by `entityWeight` (vocabulary alone when the article names no entity), times a decay with the
 * days between the article and the story's time span, which runs on to the latest deadline its
 * members named ahead (a story is reported until its deadline passes). A story drifts over
 * months, so the decay is slow and has a floor: an old story can still take an article that fits
 * it very well.
 *
 * @example scoreStory(vectors, story, STORY_PARAMS).score // in [0, 1]
 */
export function scoreStory(a: ArticleVectors, story: Story, p: StoryParams): StoryScore {
  const text = dot(a.vector, story.vector);
  const hasEntities = Object.keys(a.entityVector).length > 0;
  const entity = hasEntities ? dot(a.entityVector, story.entityVector) : 0;
  const mixed = hasEntities ? (1 - p.entityWeight) * text + p.entityWeight * entity : text;
  // Vocabularies in two languages cannot be compared: an article in a language that is not the
  // story's main one may instead be scored on its anchors alone (countries, figures, names in a
  // shared script), whichever is higher.
  const foreign = languageShare(story, a.language) < 0.5 && p.foreignWeight * entity > mixed;
  const score = foreign ? p.foreignWeight * entity : mixed;
  // A story whose members name a deadline ahead is expected to be reported until it passes.
  const span = story.time && { from: story.time.from, to: Math.max(story.time.to, story.ahead ?? 0) };
  const gap = a.time && span ? gapDays(a.time, span) : null;
  const decay = gap === null ? 1 : p.decayFloor + (1 - p.decayFloor) * Math.exp(-gap / p.decayDays);
  return { score: score * decay, foreign, text, entity, decay, gap };
}

function languageShare(story: Story, language: string): number {
  let all = 0;
  for (const n of Object.values(story.languages)) all += n;
  return all === 0 ? 0 : (story.languages[language] ?? 0) / all;
}

/**
 * How alike two stories are (for merging on a bridge): the same mix without time; two stories
 * whose main languages differ are compared on their anchors alone.
 *
 * @example storySimilarity(a, b, STORY_PARAMS) // in [0, 1]
 */
export function storySimilarity(a: Story, b: Story, p: StoryParams): number {
  const hasEntities = Object.keys(a.entityVector).length > 0 && Object.keys(b.entityVector).length > 0;
  const entity = hasEntities ? dot(a.entityVector, b.entityVector) : 0;
  if (mainLanguage(a) !== mainLanguage(b)) return p.foreignWeight * entity;
  const text = dot(a.vector, b.vector);
  return hasEntities ? (1 - p.entityWeight) * text + p.entityWeight * entity : text;
}

function mainLanguage(story: Story): string {
  let best = '';
  let most = 0;
  for (const [language, n] of Object.entries(story.languages)) if (n > most) [best, most] = [language, n];
  return best;
}
