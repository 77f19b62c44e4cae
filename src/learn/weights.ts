import { linearModel } from './linear-model.js';
import type { LinearModel } from './linear-model.js';

/** A model as stored in the repository: JSON with the weights packed in base64. */
export interface StoredModel {
  readonly format: 'claimline-linear/1';
  /** What the model is, how it was trained and the licence of its training data. */
  readonly about: string;
  readonly classes: readonly string[];
  /** Weights are stored as integers: weight = integer × scale. */
  readonly scale: number;
  /** Rows: key delta and class mask as varints, then each set class's weight as a zigzag varint. */
  readonly data: string;
}

/**
 * Packs a model: keys as ascending deltas, weights quantised to `scale` (weights that round to
 * zero are dropped), all as varints in base64. Deterministic: the same model gives the same text.
 *
 * @example packModel(model, 'NER tagger, trained on GUM (CC BY)', 1 / 4096)
 */
export function packModel(model: LinearModel, about: string, scale: number): StoredModel {
  const n = model.classes.length;
  if (n > 30) throw new RangeError('packModel: at most 30 classes');
  const bytes: number[] = [];
  const varint = (v: number) => {
    let x = v >>> 0;
    while (x >= 0x80) {
      bytes.push((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    bytes.push(x);
  };
  const rows: { key: number; mask: number; values: number[] }[] = [];
  for (let r = 0; r < model.keys.length; r++) {
    let mask = 0;
    const values: number[] = [];
    for (let c = 0; c < n; c++) {
      const q = Math.round((model.weights[r * n + c] ?? 0) / scale);
      if (q === 0) continue;
      mask |= 1 << c;
      values.push(q);
    }
    if (mask !== 0) rows.push({ key: model.keys[r] ?? 0, mask, values });
  }
  varint(rows.length);
  let previous = 0;
  for (const row of rows) {
    varint(row.key - previous);
    previous = row.key;
    varint(row.mask);
    for (const q of row.values) varint(q >= 0 ? q * 2 : -q * 2 - 1);
  }
  return {
    format: 'claimline-linear/1',
    about,
    classes: [...model.classes],
    scale,
    data: Buffer.from(bytes).toString('base64'),
  };
}

/**
 * Unpacks a stored model (see {@link packModel}).
 *
 * @example const model = unpackModel(stored); model.classes // ['O', 'B-PER', ...]
 */
export function unpackModel(stored: StoredModel): LinearModel {
  if (stored.format !== 'claimline-linear/1')
    throw new TypeError(`unknown model format '${String(stored.format)}'`);
  const bytes = Buffer.from(stored.data, 'base64');
  let at = 0;
  const varint = () => {
    let x = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++] ?? 0;
      x += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return x;
      shift += 7;
    }
  };
  const n = stored.classes.length;
  const count = varint();
  const keys = new Uint32Array(count);
  const weights = new Float32Array(count * n);
  let key = 0;
  for (let r = 0; r < count; r++) {
    key += varint();
    keys[r] = key;
    const mask = varint();
    for (let c = 0; c < n; c++) {
      if ((mask & (1 << c)) === 0) continue;
      const z = varint();
      weights[r * n + c] = (z % 2 === 0 ? z / 2 : -(z + 1) / 2) * stored.scale;
    }
  }
  return linearModel(stored.classes, keys, weights);
}
