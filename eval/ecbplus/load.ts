import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCat } from '../datasets/cat.js';

/** The standard ECB+ split (Cybulska & Vossen 2015), as listed in the dataset's SOURCE.md. */
export const ECBPLUS_SPLITS = Object.freeze({
  dev: [2, 5, 12, 18, 21, 23, 34, 35],
  test: [36, 37, 38, 39, 40, 41, 42, 43, 44, 45],
});

/** One ECB+ document with its gold story labels. */
export interface EcbDocument {
  readonly name: string;
  readonly topic: string;
  /** Topic × component: "36/ecb" or "36/ecbplus", the two seminal events of a topic. */
  readonly subtopic: string;
  readonly text: string;
}

/**
 * Reads every document of some topics from `<dir>/ECB+/<topic>/`, sorted by topic and name.
 *
 * @example loadEcbDocuments(dir, ECBPLUS_SPLITS.test).length // 210
 */
export function loadEcbDocuments(dir: string, topics: readonly number[]): EcbDocument[] {
  const out: EcbDocument[] = [];
  for (const topic of topics) {
    const folder = join(dir, 'ECB+', String(topic));
    const files = readdirSync(folder)
      .filter((f) => /^\d+_\d+ecb(plus)?\.xml$/.test(f))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const file of files) {
      const doc = readCat(join(folder, file));
      const component = file.includes('ecbplus') ? 'ecbplus' : 'ecb';
      out.push({ name: file, topic: String(topic), subtopic: `${topic}/${component}`, text: doc.text });
    }
  }
  return out;
}

/**
 * A deterministic shuffle (mulberry32 seeded Fisher–Yates): the order in which the documents
 * "arrive". Single-pass clustering depends on order, and a real stream interleaves stories.
 *
 * @example shuffled([1, 2, 3], 7) // the same permutation on every run
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
