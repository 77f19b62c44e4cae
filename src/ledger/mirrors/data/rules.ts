/**
 * The mirror rules and their thresholds, tried in this order (tuned on nothing but common sense
 * and checked on ../shared/corpus/nk-workers; see `mirrors.test.ts` for the cases each covers).
 */
export const MIRROR_RULES = Object.freeze({
  /** Word 4-gram fingerprints: a sample of one in `sampleEvery` shingles, by hash value. */
  fingerprints: { sampleEvery: 2, maxPerArticle: 600, shingle: 4 },
  /**
   * The index files an article under one in `indexEvery` of its fingerprints (a sub-sample by
   * value again, so a shared passage gives the same keys in both texts), all of them when it has
   * fewer than `indexAllBelow`: a copy of 48 or more fingerprints shares dozens of them, so its
   * original is still found, and each article writes and looks up half the postings. The rules
   * still compare all fingerprints.
   */
  index: { indexEvery: 2, indexAllBelow: 48 },
  /** Texts with fewer sampled fingerprints than this are too short for the fingerprint rules. */
  minFingerprints: 12,
  /** Nearly all of both texts: different whitespace, markup, a caption. */
  sameText: { containment: 0.9, sizeRatio: 0.8 },
  /** Nearly all of the shorter text inside the longer: a truncated copy, or one with page furniture. */
  contained: { containment: 0.8 },
  /** Most of the shorter text: the same wire story with light edits ("UN" for "U.N.", "labour"). */
  nearDuplicate: { containment: 0.6 },
  /**
   * A re-worded copy: most content words shared, the same figures in the same order, and about the
   * same length (an independent report of the same event shares figures but not its length and words).
   */
  reworded: { jaccard: 0.5, figuresInOrder: 4, distinctiveShared: 2, lengthRatio: 0.6 },
  /**
   * A translation (different script or language): text similarity says nothing across languages,
   * but a translation keeps its figures. Only the figures set, nearly equal, with two or more
   * distinctive ones ("30,023", "11,490"), counts; confidence is low and the evidence says so.
   */
  translation: { jaccard: 0.6, distinctiveShared: 2, minFigures: 3 },
  /** Size of the bottom-k content-word sketch. */
  sketchSize: 64,
  /** Most figures kept per article. */
  maxNumbers: 64,
  /** The index keeps at most this many articles per key (the oldest): see `memory-index.ts`. */
  postingCap: 64,
});
