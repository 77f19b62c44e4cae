import type { TimeWindow } from '../common/article-time.js';
import type { Script } from '../common/words.js';

/**
 * What the mirror detector keeps of one article: small, derived once, comparable without the
 * text. The store keeps it as one row per article (the arrays as blobs).
 */
export interface MirrorSignature {
  readonly kind: 'mirror-signature';
  readonly article: string;
  /** Order in which articles were added (the store's row id): breaks ties for "which came first". */
  readonly seq: number;
  readonly script: Script;
  /** The article's language when a reader or detector said so; null when only defaulted. */
  readonly language: string | null;
  readonly time: TimeWindow | null;
  /** Folded words in the text. */
  readonly words: number;
  /** Sampled hashes of word 4-grams, sorted, unique (see `01-fingerprints.ts`). */
  readonly fingerprints: readonly number[];
  /** Bottom-k hashes of the distinct content-word stems, sorted (see `02-sketch.ts`). */
  readonly sketch: readonly number[];
  /** The figures of the text in order, normalised (see `numberKeys`), at most 64. */
  readonly numbers: readonly string[];
}

/** Which rule linked a mirror: the evidence differs for each. */
export type MirrorRule = 'same-text' | 'contained' | 'near-duplicate' | 'reworded' | 'translation-figures';

/**
 * Exact duplicates need no link: the same normalised text has the same content hash, which is the
 * article id, so the store keeps one article with several sources.
 *
 * An article that mirrors another (the original: the earliest published, else the first stored).
 * `similarity` is in [0, 1] and means what `rule` says (containment of word 4-grams, or the
 * Jaccard similarity of content words, or of figures).
 */
export interface MirrorLink {
  readonly kind: 'mirror-link';
  readonly article: string;
  readonly mirrorOf: string;
  readonly similarity: number;
  readonly rule: MirrorRule;
  readonly evidence: string;
  readonly stage: 'mirrors';
}

/** The outcome of comparing two signatures: the first rule that holds, or null. */
export interface MirrorMatch {
  readonly rule: MirrorRule;
  readonly similarity: number;
  readonly evidence: string;
}

/**
 * Storage for the mirror detector, asynchronous so that a networked database fits: the in-memory
 * implementation is `createMemoryMirrorIndex`; each store
 * backend implements the same calls over two tables (signatures by article; keys → articles, each key holding at most `postingCap` articles, the oldest) and one of links.
 */
export interface MirrorIndex {
  /** Articles filed under any of these keys (at most the cap per key), with how many keys each shares. */
  readonly lookup: (keys: readonly string[]) => Promise<ReadonlyMap<string, number>>;
  readonly signature: (article: string) => Promise<MirrorSignature | undefined>;
  readonly add: (signature: MirrorSignature, keys: readonly string[]) => Promise<void>;
  /** The link of an article that mirrors another; undefined for originals and unknown ids. */
  readonly linkOf: (article: string) => Promise<MirrorLink | undefined>;
  /** Articles whose link points at this original. */
  readonly mirrorsOf: (original: string) => Promise<readonly string[]>;
  readonly setLink: (link: MirrorLink) => Promise<void>;
  readonly removeLink: (article: string) => Promise<void>;
  /** Number of signatures held (for reports and benchmarks). */
  readonly size: () => Promise<number>;
}
