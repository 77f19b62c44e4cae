/** Mirrors and duplicates: articles that copy, truncate, re-word or translate another. */
export { mirrorFeatures, mirrorSignature, mirrorKeys, withSeq } from './signature.js';
export type { MirrorFeatures } from './signature.js';
export { compareMirrors } from './compare.js';
export { createMemoryMirrorIndex } from './memory-index.js';
export type { MemoryMirrorIndexOptions } from './memory-index.js';
export { createMirrorDetector } from './detect.js';
export type { MirrorDetector, MirrorOutcome } from './detect.js';
export { mirrorGroupOf, independentSources } from './groups.js';
export { MIRROR_RULES } from './data/rules.js';
export type { MirrorIndex, MirrorLink, MirrorMatch, MirrorRule, MirrorSignature } from './types.js';
