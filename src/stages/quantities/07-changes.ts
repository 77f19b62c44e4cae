import { CHANGE_WORDS } from './data/changes.js';
import type { Draft } from './draft.js';
import type { Scope } from './scope.js';

/**
 * Pass 7: a change told across the sentence — "a population of 34,000 North Korean workers in
 * Russia had declined to about 11,000": the earlier figure is the subject, the later one follows
 * a change word and "to". (Changes told as "from A to B" were linked by pass 5.) The two values
 * stay two quantities, linked from → to, with the direction the verb states or, failing that,
 * the values show.
 *
 * @example linkChanges(scope, drafts) // 34,000.change = { role: 'from', partner: 11,000, direction: 'decrease' }
 */
export function linkChanges(scope: Scope, drafts: readonly Draft[]): void {
  for (let n = 1; n < drafts.length; n++) {
    const to = drafts[n];
    if (!to || to.change || to.value === undefined || scope.word(to.first - 1) !== 'to') continue;
    const direction = changeWordBefore(scope, to.first - 2);
    if (!direction) continue;
    const from = earlier(drafts, n, to);
    if (!from || from.value === undefined) continue;
    let stated: typeof direction = direction;
    if (stated === 'unknown' && from.value !== to.value)
      stated = to.value > from.value ? 'increase' : 'decrease';
    from.change = { role: 'from', partner: to, direction: stated };
    to.change = { role: 'to', partner: from, direction: stated };
    from.rule += '+change-from';
    to.rule += '+change-to';
  }
  // "dropped by three", "an increase of 5,000 acres": the size of a change, not a value of the measure.
  for (const d of drafts) {
    if (d.change || d.value === undefined) continue;
    const open = scope.word(d.first - 1);
    const sized =
      (open === 'by' && changeWordBefore(scope, d.first - 2)) ||
      (open === 'of' && CHANGE_NOUNS.has(scope.word(d.first - 2)));
    if (!sized) continue;
    d.change = { role: 'by', direction: CHANGE_WORDS[scope.word(d.first - 2)] ?? 'unknown' };
    d.rule += '+change-by';
  }
}

/** Nouns of change that take their size with "of": "a drop of 5,000", "an increase of 12%". */
const CHANGE_NOUNS = new Set([
  'increase',
  'decrease',
  'rise',
  'drop',
  'fall',
  'decline',
  'reduction',
  'growth',
  'jump',
]);

/** A change word just before "to" ("declined to", "had fallen sharply to"). */
function changeWordBefore(scope: Scope, i: number): 'increase' | 'decrease' | 'unknown' | null {
  for (let k = i; k >= Math.max(scope.first, i - 1); k--) {
    const direction = CHANGE_WORDS[scope.word(k)];
    if (direction) return direction;
  }
  return null;
}

/** The nearest earlier figure of the same unit that is not yet part of a change. */
function earlier(drafts: readonly Draft[], n: number, to: Draft): Draft | undefined {
  for (let m = n - 1; m >= 0; m--) {
    const d = drafts[m];
    if (!d || d.change || d.vague !== undefined) continue;
    if (d.unit === to.unit) return d;
  }
  return undefined;
}
