/**
 * Generic learning code: feature hashing, an averaged perceptron, linear models and their
 * storage as data, a seeded random generator. Nothing here knows about language: a tagger or a
 * parser brings its own feature templates and decoding.
 */
export { hashString, mix, mix3 } from './hash.js';
export { linearModel, rowOf, scoreFeatures } from './linear-model.js';
export type { LinearModel } from './linear-model.js';
export { perceptronTrainer } from './perceptron.js';
export type { PerceptronTrainer } from './perceptron.js';
export { packModel, unpackModel } from './weights.js';
export type { StoredModel } from './weights.js';
export { seededRandom, shuffled } from './random.js';
export { greedySequence, trainSequence } from './sequence.js';
export type { SequenceModel } from './sequence.js';
