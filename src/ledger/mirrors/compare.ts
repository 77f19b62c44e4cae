import { isDistinctive } from '../common/numbers.js';
import { MIRROR_RULES } from './data/rules.js';
import { sharedCount } from './01-fingerprints.js';
import { sketchJaccard } from './02-sketch.js';
import type { MirrorMatch, MirrorSignature } from './types.js';

const pct = (x: number) => `${Math.round(100 * x)}%`;

/**
 * Compares two signatures with the mirror rules, in order, and returns the first that holds.
 * Symmetric: which article is the original is decided elsewhere (by date, then arrival).
 *
 * @example compareMirrors(copy, original) // { rule: 'contained', similarity: 0.97, evidence: '...' }
 */
export function compareMirrors(
  a: MirrorSignature,
  b: MirrorSignature,
  rules = MIRROR_RULES,
): MirrorMatch | null {
  const small = Math.min(a.fingerprints.length, b.fingerprints.length);
  const large = Math.max(a.fingerprints.length, b.fingerprints.length);
  if (small >= rules.minFingerprints) {
    const shared = sharedCount(a.fingerprints, b.fingerprints);
    const c = shared / small;
    const what = `${pct(c)} of the shorter text's word 4-grams (${shared} of ${small} sampled) are in the other`;
    if (c >= rules.sameText.containment && small / large >= rules.sameText.sizeRatio) {
      return { rule: 'same-text', similarity: c, evidence: what };
    }
    if (c >= rules.contained.containment) {
      return { rule: 'contained', similarity: c, evidence: `${what}; sizes ${small}:${large}` };
    }
    if (c >= rules.nearDuplicate.containment)
      return { rule: 'near-duplicate', similarity: c, evidence: what };
  }
  if (differentLanguage(a, b)) return translation(a, b, rules);
  return reworded(a, b, rules);
}

function reworded(a: MirrorSignature, b: MirrorSignature, rules = MIRROR_RULES): MirrorMatch | null {
  const r = rules.reworded;
  if (Math.min(a.words, b.words) / Math.max(a.words, b.words, 1) < r.lengthRatio) return null;
  const j = sketchJaccard(a.sketch, b.sketch);
  if (j < r.jaccard) return null;
  const inOrder = commonSubsequence(a.numbers, b.numbers);
  const distinctive = inOrder.filter(isDistinctive);
  if (inOrder.length < r.figuresInOrder || new Set(distinctive).size < r.distinctiveShared) return null;
  return {
    rule: 'reworded',
    similarity: j,
    evidence: `${pct(j)} of content words shared; the same figures in the same order (${inOrder.join(', ')})`,
  };
}

function translation(a: MirrorSignature, b: MirrorSignature, rules = MIRROR_RULES): MirrorMatch | null {
  const t = rules.translation;
  const setA = new Set(a.numbers);
  const setB = new Set(b.numbers);
  if (setA.size < t.minFigures || setB.size < t.minFigures) return null;
  const shared = [...setA].filter((n) => setB.has(n));
  const j = shared.length / (setA.size + setB.size - shared.length);
  if (j < t.jaccard || shared.filter(isDistinctive).length < t.distinctiveShared) return null;
  return {
    rule: 'translation-figures',
    similarity: j,
    evidence: `texts in different languages with the same figures (${shared.join(', ')}); a likely translation, not checked word by word`,
  };
}

function differentLanguage(a: MirrorSignature, b: MirrorSignature): boolean {
  if (a.language !== null && b.language !== null) return a.language !== b.language;
  return a.script !== b.script;
}

/**
 * The longest common subsequence of two short lists (figures in order): quadratic, but the lists
 * hold at most `maxNumbers` items each.
 */
export function commonSubsequence(a: readonly string[], b: readonly string[]): string[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j]
          ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out.push(a[i] ?? '');
      i++;
      j++;
    } else if ((table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0)) i++;
    else j++;
  }
  return out;
}
