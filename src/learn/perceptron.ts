import { linearModel } from './linear-model.js';
import type { LinearModel } from './linear-model.js';

/** Trains an averaged perceptron over hashed features (one instance at a time). */
export interface PerceptronTrainer {
  readonly classes: readonly string[];
  /** Scores with the current (not averaged) weights, added to `out`. */
  readonly scores: (features: Int32Array, count: number, out: Float64Array) => void;
  /** Learns from one decision: rewards the true class and penalises the guess when they differ. */
  readonly update: (features: Int32Array, count: number, truth: number, guess: number) => void;
  /** The averaged weights as a model; rows whose weights are all below `prune` in size are dropped. */
  readonly finish: (prune?: number) => LinearModel;
}

/**
 * An averaged perceptron (Collins 2002; the averaging kept lazily per weight, as in Honnibal's
 * taggers). Deterministic: the same instances in the same order give the same weights.
 *
 * @example const t = perceptronTrainer(['O', 'B-PER']); t.update(features, n, 1, 0); t.finish()
 */
export function perceptronTrainer(classes: readonly string[]): PerceptronTrainer {
  const n = classes.length;
  const rows = new Map<number, number>();
  let capacity = 1024;
  let weights = new Float64Array(capacity * n);
  let totals = new Float64Array(capacity * n);
  let stamps = new Float64Array(capacity * n);
  let instances = 0;

  const rowFor = (key: number): number => {
    const k = key >>> 0;
    let r = rows.get(k);
    if (r !== undefined) return r;
    r = rows.size;
    if (r >= capacity) {
      capacity *= 2;
      const grow = (a: Float64Array) => {
        const b = new Float64Array(capacity * n);
        b.set(a);
        return b;
      };
      weights = grow(weights);
      totals = grow(totals);
      stamps = grow(stamps);
    }
    rows.set(k, r);
    return r;
  };
  const bump = (index: number, delta: number) => {
    totals[index] = (totals[index] ?? 0) + (instances - (stamps[index] ?? 0)) * (weights[index] ?? 0);
    stamps[index] = instances;
    weights[index] = (weights[index] ?? 0) + delta;
  };

  const trainer: PerceptronTrainer = {
    classes: Object.freeze([...classes]),
    scores(features, count, out) {
      for (let f = 0; f < count; f++) {
        const r = rows.get((features[f] ?? 0) >>> 0);
        if (r === undefined) continue;
        for (let c = 0; c < n; c++) out[c] = (out[c] ?? 0) + (weights[r * n + c] ?? 0);
      }
    },
    update(features, count, truth, guess) {
      instances++;
      if (truth === guess) return;
      for (let f = 0; f < count; f++) {
        const r = rowFor(features[f] ?? 0);
        bump(r * n + truth, 1);
        bump(r * n + guess, -1);
      }
    },
    finish(prune = 0) {
      const kept: [number, Float32Array][] = [];
      for (const [key, r] of rows) {
        const row = new Float32Array(n);
        let big = false;
        for (let c = 0; c < n; c++) {
          const i = r * n + c;
          const total = (totals[i] ?? 0) + (instances - (stamps[i] ?? 0)) * (weights[i] ?? 0);
          const average = instances > 0 ? total / instances : 0;
          row[c] = average;
          if (Math.abs(average) > prune) big = true;
        }
        if (big) kept.push([key, row]);
      }
      kept.sort((a, b) => a[0] - b[0]);
      const keys = new Uint32Array(kept.map(([k]) => k));
      const flat = new Float32Array(kept.length * n);
      kept.forEach(([, row], i) => flat.set(row, i * n));
      return linearModel(classes, keys, flat);
    },
  };
  return Object.freeze(trainer);
}
