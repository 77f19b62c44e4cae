/** Stories: articles clustered incrementally into developing stories, with labels. */
export { createStorySigner, createStorySigners } from './signature.js';
export type { StoryFeatures, StorySigners } from './signature.js';
export type { LinkedEntity, StorySigner, StorySignerOptions } from './signature.js';
export { createStoryClusterer } from './cluster.js';
export type { MirrorHint, StoryClusterer } from './cluster.js';
export { createMemoryStoryIndex } from './memory-index.js';
export { createStoryLabeler } from './label.js';
export type { StoryLabeler } from './label.js';
export { STORY_PARAMS } from './data/params.js';
export type { StoryParams } from './data/params.js';
export type { Story, StoryAssignment, StoryIndex, StoryMerge, StorySignature, Weights } from './types.js';
