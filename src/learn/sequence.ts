import { scoreFeatures } from './linear-model.js';
import type { LinearModel } from './linear-model.js';
import type { PerceptronTrainer } from './perceptron.js';

/** What a greedy left-to-right labeller needs to know about its task. */
export interface SequenceModel<C> {
  /** The most features one position can have. */
  readonly maxFeatures: number;
  /** Writes the features of position `i` given the two labels before it (-1 before the start); returns how many. */
  readonly features: (
    context: C,
    i: number,
    previous: number,
    beforePrevious: number,
    out: Int32Array,
  ) => number;
  /** Whether label `next` may follow label `previous` (-1: the start); all may when absent. */
  readonly allowed?: (previous: number, next: number) => boolean;
  /** Whether the label may end the sequence; all may when absent. */
  readonly final?: (label: number) => boolean;
  /**
   * The label to learn at a position when the true one may not follow the label predicted
   * before it (a dynamic oracle: the best move still open, such as closing a wrongly opened
   * mention); the true label is learnt as it is when absent.
   */
  readonly oracle?: (previous: number, truth: number) => number;
}

/**
 * Labels positions `0 … length-1` left to right, each with the best-scoring label allowed after
 * the one before it. `margins`, when given, receives each position's lead of the chosen label
 * over the best other label allowed there (a confidence).
 *
 * @example greedySequence(model, task, sentence, sentence.length) // Int32Array of label indices
 */
export function greedySequence<C>(
  model: LinearModel,
  task: SequenceModel<C>,
  context: C,
  length: number,
  margins?: Float32Array,
): Int32Array {
  const n = model.classes.length;
  const labels = new Int32Array(length);
  const features = new Int32Array(task.maxFeatures);
  const scores = new Float32Array(n);
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < length; i++) {
    const count = task.features(context, i, p1, p2, features);
    scores.fill(0);
    scoreFeatures(model, features, count, scores);
    const label = best(scores, n, p1, task, i === length - 1);
    labels[i] = label;
    if (margins) margins[i] = marginOf(scores, n, label, p1, task, i === length - 1);
    p2 = p1;
    p1 = label;
  }
  return labels;
}

/** The chosen label's lead over the best other label that could have taken its place. */
function marginOf<C>(
  scores: Float32Array,
  n: number,
  label: number,
  previous: number,
  task: SequenceModel<C>,
  last: boolean,
): number {
  let other = -Infinity;
  for (let c = 0; c < n; c++) {
    if (c === label || (task.allowed && !task.allowed(previous, c))) continue;
    if (last && task.final && !task.final(c)) continue;
    if ((scores[c] ?? 0) > other) other = scores[c] ?? 0;
  }
  return other === -Infinity ? 0 : (scores[label] ?? 0) - other;
}

function best<C>(
  scores: Float32Array | Float64Array,
  n: number,
  previous: number,
  task: SequenceModel<C>,
  last: boolean,
): number {
  let label = -1;
  let top = -Infinity;
  for (let c = 0; c < n; c++) {
    if (task.allowed && !task.allowed(previous, c)) continue;
    if (last && task.final && !task.final(c)) continue;
    // Ties go to the lower label index: deterministic.
    if ((scores[c] ?? 0) > top) [label, top] = [c, scores[c] ?? 0];
  }
  return label < 0 ? 0 : label;
}

/**
 * One training pass of a greedy labeller over one sequence: each position is predicted with the
 * current weights from the labels predicted before it (so the model learns to recover from its
 * own mistakes), then the trainer is updated with the true label, or the task's oracle label
 * where the true one can no longer follow. Returns the number of positions labelled right.
 *
 * @example trainSequence(trainer, task, sentence, gold) // positions labelled right
 */
export function trainSequence<C>(
  trainer: PerceptronTrainer,
  task: SequenceModel<C>,
  context: C,
  gold: Int32Array,
): number {
  const n = trainer.classes.length;
  const features = new Int32Array(task.maxFeatures);
  const scores = new Float64Array(n);
  let p1 = -1;
  let p2 = -1;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const count = task.features(context, i, p1, p2, features);
    scores.fill(0);
    trainer.scores(features, count, scores);
    const guess = best(scores, n, p1, task, i === gold.length - 1);
    let truth = gold[i] ?? 0;
    if (task.allowed && task.oracle && !task.allowed(p1, truth)) truth = task.oracle(p1, truth);
    trainer.update(features, count, truth, guess);
    if (guess === truth) correct++;
    p2 = p1;
    p1 = guess;
  }
  return correct;
}
