import type { TimeWindow } from '../common/article-time.js';

/** A sparse vector: term or key → weight. Plain records so that a store can keep them as JSON. */
export type Weights = Readonly<Record<string, number>>;

/**
 * What story clustering keeps of one article: its vocabulary, the entities it names, when it
 * appeared, and a few phrases from its head for labels. Derived once by `storySignature`.
 */
export interface StorySignature {
  readonly kind: 'story-signature';
  readonly article: string;
  /** Order of arrival (the store's row number). */
  readonly seq: number;
  readonly time: TimeWindow | null;
  /** The last day of the latest deadline it names ahead of its time (see `deadlineAhead`). */
  readonly ahead?: number;
  /** The language its vocabulary is in (see `vocabularyLanguage`). */
  readonly language: string;
  /** Term frequencies of content-word stems and figures ("#2397"); words of the head count double. */
  readonly terms: Weights;
  /**
   * Anchors that mostly survive translation → mentions: entity keys ("e:…" linked entities, "n:…"
   * names), countries ("c:KP") and figures ("#2397").
   */
  readonly entities: Weights;
  /** Display names of the entity keys, for labels. */
  readonly names: Readonly<Record<string, string>>;
  /** Candidate label phrases from the title and lead, in their display form. */
  readonly phrases: readonly string[];
  readonly title: string | null;
}

/**
 * A developing story: a cluster of articles with a running centroid. `terms`/`entities` are
 * summed weights (kept to the strongest few hundred), `vector`/`entityVector` their idf-weighted
 * unit forms as of the last update, which is what a new article is scored against.
 */
export interface Story {
  readonly kind: 'story';
  readonly id: string;
  readonly label: string;
  readonly size: number;
  /** Articles that joined as mirrors of a member: counted in `size`, not in the centroid. */
  readonly mirrors: number;
  readonly created: number;
  readonly updated: number;
  readonly time: { readonly from: number; readonly to: number } | null;
  /**
   * The last day of the latest deadline a member names ahead of the story's time: the story is
   * expected to be reported until then, so an article up to it is not late for it.
   */
  readonly ahead?: number;
  /** Members by vocabulary language. */
  readonly languages: Readonly<Record<string, number>>;
  readonly terms: Weights;
  readonly entities: Weights;
  readonly vector: Weights;
  readonly entityVector: Weights;
  readonly names: Readonly<Record<string, string>>;
  /** Label phrase → number of member articles whose head has it. */
  readonly phrases: Readonly<Record<string, number>>;
  /** Set when this story was merged into another: follow it. */
  readonly mergedInto?: string;
}

/** Why an article joined a story, or started one. */
export interface StoryAssignment {
  readonly kind: 'story-assignment';
  readonly article: string;
  readonly story: string;
  readonly rule: 'joined' | 'new-story' | 'mirror';
  readonly score: number;
  readonly evidence: string;
  /** Stories merged into this one because the article bridged them. */
  readonly merged: readonly StoryMerge[];
}

/** A recorded merge of two stories, bridged by one article. */
export interface StoryMerge {
  readonly kind: 'story-merge';
  readonly from: string;
  readonly into: string;
  readonly by: string;
  readonly score: number;
  readonly evidence: string;
}

/**
 * Storage for story clustering, asynchronous so that a networked database fits. The in-memory
 * implementation is `createMemoryStoryIndex`; each store
 * backend implements the same calls over tables of stories, memberships, document frequencies and postings (key → most recently updated stories, at most `postingCap` each).
 */
export interface StoryIndex {
  /** Number of articles counted in the document frequencies. */
  readonly documents: () => Promise<number>;
  /** Document frequency of each key (0 when unseen). */
  readonly frequencies: (keys: readonly string[]) => Promise<ReadonlyMap<string, number>>;
  /** Counts one more article having each of these keys. */
  readonly count: (keys: readonly string[]) => Promise<void>;
  /** Live stories filed under any of these keys, with how many of the keys each is filed under. */
  readonly lookup: (keys: readonly string[]) => Promise<ReadonlyMap<string, number>>;
  readonly story: (id: string) => Promise<Story | undefined>;
  /** Stores a story (new or updated) and files it under these keys as the most recent. */
  readonly put: (story: Story, keys: readonly string[]) => Promise<void>;
  readonly storyOf: (article: string) => Promise<string | undefined>;
  readonly setStory: (article: string, story: string) => Promise<void>;
  readonly members: (story: string) => Promise<readonly string[]>;
  readonly recordMerge: (merge: StoryMerge) => Promise<void>;
  readonly merges: () => Promise<readonly StoryMerge[]>;
  /** Live stories (not merged away). */
  readonly stories: () => Promise<readonly Story[]>;
}
