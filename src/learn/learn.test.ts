import { describe, expect, it } from 'vitest';
import {
  greedySequence,
  hashString,
  mix,
  packModel,
  perceptronTrainer,
  rowOf,
  seededRandom,
  shuffled,
  trainSequence,
  unpackModel,
} from './index.js';
import type { SequenceModel } from './index.js';

// A toy task: label a word 1 when it is a city name, else 0.
const WORDS = ['in', 'Paris', 'the', 'Oslo', 'rain', 'fell', 'city', 'Lima', 'on', 'a', 'Rome', 'day'];
const task: SequenceModel<readonly string[]> = {
  maxFeatures: 3,
  features: (words, i, previous, _before, out) => {
    out[0] = mix(1, hashString(words[i] ?? '<e>'));
    out[1] = mix(2, hashString(words[i - 1] ?? '<s>'));
    out[2] = mix(3, previous);
    return 3;
  },
};
const gold = (words: readonly string[]) => Int32Array.from(words.map((w) => (/^[A-Z]/.test(w) ? 1 : 0)));
const pick = seededRandom(11);
const sentences = Array.from({ length: 200 }, () =>
  Array.from({ length: 8 }, () => WORDS[Math.floor(pick() * WORDS.length)] ?? ''),
);

function train(seed: number) {
  const trainer = perceptronTrainer(['O', 'PLACE']);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < 5; epoch++)
    for (const s of shuffled(sentences, random)) trainSequence(trainer, task, s, gold(s));
  return trainer.finish();
}

describe('hashing', () => {
  it('is stable and separates templates', () => {
    expect(hashString('minister')).toBe(hashString('minister'));
    expect(hashString('minister')).not.toBe(hashString('ministers'));
    expect(mix(1, 5)).not.toBe(mix(2, 5));
    expect(mix(1, 5)).toBe(mix(1, 5));
  });
});

describe('seeded random', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(3))).toEqual(shuffled([1, 2, 3, 4, 5], seededRandom(3)));
  });
});

describe('averaged perceptron', () => {
  it('learns a separable task', () => {
    const model = train(1);
    let right = 0;
    let all = 0;
    for (const s of sentences) {
      const labels = greedySequence(model, task, s, s.length);
      gold(s).forEach((g, i) => {
        all++;
        if (labels[i] === g) right++;
      });
    }
    expect(right / all).toBe(1);
  });

  it('is deterministic: the same data and seed give the same packed weights', () => {
    expect(packModel(train(5), 'toy', 1 / 1024)).toEqual(packModel(train(5), 'toy', 1 / 1024));
  });

  it('packs and unpacks without changing what the model says', () => {
    const model = train(2);
    const back = unpackModel(packModel(model, 'toy', 1 / 4096));
    expect([...back.keys]).toEqual([...model.keys]);
    for (let i = 0; i < model.weights.length; i++)
      expect(Math.abs((back.weights[i] ?? 0) - (model.weights[i] ?? 0))).toBeLessThan(1 / 4096);
    const key = model.keys[0] ?? 0;
    expect(rowOf(back, key)).toBe(0);
    expect(rowOf(back, (key + 1) | 0)).toBe(model.keys.includes((key + 1) >>> 0) ? 1 : -1);
  });

  it('refuses a model of another format', () => {
    expect(() =>
      unpackModel({ ...packModel(train(1), 'toy', 1), format: 'other' as 'claimline-linear/1' }),
    ).toThrow(TypeError);
  });
});
