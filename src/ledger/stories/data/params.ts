/**
 * Parameters of story clustering. The weights and thresholds were tuned on the ECB+ dev topics
 * (2, 5, 12, 18, 21, 23, 34, 35) only; see eval/suites/ecbplus-stories.ts.
 */
export interface StoryParams {
  /** Join the best story when its score reaches this. */
  readonly join: number;
  /** A second story that also scores this high is merged with the first when the two are alike. */
  readonly bridge: number;
  /** How alike two stories' centroids must be to merge on a bridge. */
  readonly mergeSimilarity: number;
  /** Weight of the entity similarity against the vocabulary similarity (0–1). */
  readonly entityWeight: number;
  /** Weight of the anchor similarity for an article in a language the story has not seen. */
  readonly foreignWeight: number;
  /** Time decay: the score is multiplied by floor + (1 − floor)·exp(−gap/tau), gap in days. */
  readonly decayDays: number;
  readonly decayFloor: number;
  /** Article terms and entity keys used to look up candidate stories. */
  readonly queryTerms: number;
  readonly queryEntities: number;
  /** Candidate stories scored, those filed under most of the query keys. */
  readonly maxCandidates: number;
  /** Terms and entity keys kept per story centroid. */
  readonly storyTerms: number;
  readonly storyEntities: number;
  /** Postings kept per key (most recently updated stories). */
  readonly postingCap: number;
  /** Terms kept per article signature. */
  readonly articleTerms: number;
}

export const STORY_PARAMS: StoryParams = Object.freeze({
  join: 0.2,
  bridge: 0.2,
  mergeSimilarity: 0.3,
  entityWeight: 0.3,
  foreignWeight: 0.8,
  decayDays: 365,
  decayFloor: 0.5,
  queryTerms: 12,
  queryEntities: 8,
  maxCandidates: 24,
  storyTerms: 300,
  storyEntities: 80,
  postingCap: 50,
  articleTerms: 200,
});
