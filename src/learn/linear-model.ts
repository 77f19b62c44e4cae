/**
 * A trained linear model over hashed features: for each feature key, one weight per class. Kept
 * as sorted keys and a dense row of weights per key, with an open-addressing table for look-up:
 * compact (only features seen in training) and fast (integer probes, no strings).
 */
export interface LinearModel {
  readonly classes: readonly string[];
  /** Feature keys as unsigned 32-bit integers, ascending. */
  readonly keys: Uint32Array;
  /** `keys.length × classes.length` weights, one row per key. */
  readonly weights: Float32Array;
  /** Open-addressing table: row + 1 at the slot of a key, 0 for empty. */
  readonly table: Int32Array;
}

/**
 * Builds the model's look-up table from its keys and weights.
 *
 * @example linearModel(['O', 'B'], new Uint32Array([7]), new Float32Array([0.5, -0.5]))
 */
export function linearModel(
  classes: readonly string[],
  keys: Uint32Array,
  weights: Float32Array,
): LinearModel {
  if (weights.length !== keys.length * classes.length) {
    throw new RangeError(`expected ${keys.length * classes.length} weights, got ${weights.length}`);
  }
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const table = new Int32Array(Math.max(size, 2));
  const mask = table.length - 1;
  for (let r = 0; r < keys.length; r++) {
    let slot = slotOf(keys[r] ?? 0, mask);
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = r + 1;
  }
  return Object.freeze({ classes: Object.freeze([...classes]), keys, weights, table });
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
}

/**
 * The row of a feature key, or -1 when the model never saw it.
 *
 * @example rowOf(model, mix(1, hashString('the'))) // -1 or a row index
 */
export function rowOf(model: LinearModel, key: number): number {
  const { table, keys } = model;
  const mask = table.length - 1;
  const k = key >>> 0;
  for (let slot = slotOf(k, mask); ; slot = (slot + 1) & mask) {
    const r = (table[slot] ?? 0) - 1;
    if (r < 0) return -1;
    if (keys[r] === k) return r;
  }
}

/**
 * Adds the weights of `count` features to `out` (one score per class; `out` is not cleared).
 *
 * @example scoreFeatures(model, features, n, scores.fill(0))
 */
export function scoreFeatures(
  model: LinearModel,
  features: Int32Array,
  count: number,
  out: Float32Array,
): void {
  const n = model.classes.length;
  const w = model.weights;
  for (let f = 0; f < count; f++) {
    const r = rowOf(model, features[f] ?? 0);
    if (r < 0) continue;
    const base = r * n;
    for (let c = 0; c < n; c++) out[c] = (out[c] ?? 0) + (w[base + c] ?? 0);
  }
}
