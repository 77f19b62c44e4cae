import { findVague } from './06-vague.js';
import { linkChanges } from './07-changes.js';
import { findCounted } from './08-counted.js';
import { fillCounted } from './09-counted-fallbacks.js';
import { findPlaces } from './10-place.js';
import { assignTimes } from './11-time.js';
import type { TimeOptions } from './11-time.js';
import type { Draft } from './draft.js';
import { findIdioms } from './number-idioms.js';
import type { Scope } from './scope.js';
import { findVagueDurations } from './vague-durations.js';

/**
 * A pass that finds amounts no figure is written for, in the tokens no earlier draft has taken
 * (`taken(i)` is true inside the figures and inside what earlier finders found).
 */
export interface Finder {
  readonly name: string;
  readonly run: (scope: Scope, taken: (i: number) => boolean) => Draft[];
}

/** A pass that reads or completes the sentence's drafts (in text order) in place. */
export interface DraftPass {
  readonly name: string;
  readonly run: (scope: Scope, drafts: readonly Draft[], options: TimeOptions) => void;
}

/**
 * The quantities stage's passes after the figures, in the order they run: the one list of each
 * kind. Before them, `scan.ts` finds the figures (`01-candidates`), drops the numbers that are
 * not quantities (`02-exclusions`), reads units (`03-units`) and modifiers (`04-modifiers`) and
 * pairs ranges (`05-ranges`); after them, `12-records` makes the records. Each numbered file
 * holds its pass and its helpers.
 */
export const FINDERS: readonly Finder[] = Object.freeze([
  { name: 'vague', run: findVague },
  { name: 'vague-durations', run: findVagueDurations },
  { name: 'idioms', run: findIdioms },
] satisfies Finder[]);

/** The passes over the drafts, in order: what changed, what is counted, where, when. */
export const DRAFT_PASSES: readonly DraftPass[] = Object.freeze([
  { name: 'changes', run: (scope, drafts) => linkChanges(scope, drafts) },
  {
    name: 'counted',
    run: (scope, drafts) => {
      for (const d of drafts) findCounted(scope, d, drafts);
    },
  },
  { name: 'counted-fallbacks', run: (scope, drafts) => fillCounted(scope, drafts) },
  { name: 'place', run: (scope, drafts) => findPlaces(scope, drafts) },
  { name: 'time', run: (scope, drafts, options) => assignTimes(scope, drafts, options) },
] satisfies DraftPass[]);

/**
 * The tokens of a sentence that drafts have taken, marked once per draft so that asking costs
 * one array read (a scan of the drafts per token made long sentences quadratic).
 *
 * @example const taken = takenTokens(scope); taken.mark(drafts); taken.has(i)
 */
export function takenTokens(scope: Scope): {
  mark: (drafts: readonly Draft[]) => void;
  has: (i: number) => boolean;
} {
  const { first, end } = scope;
  const inside = new Uint8Array(Math.max(0, end - first));
  // A draft reaching outside the sentence (none should) is still answered for, by a scan.
  const outside: Draft[] = [];
  return {
    mark(drafts) {
      for (const d of drafts) {
        if (d.first < first || d.last >= end) outside.push(d);
        for (let i = Math.max(d.first, first); i <= Math.min(d.last, end - 1); i++) inside[i - first] = 1;
      }
    },
    has: (i) =>
      i >= first && i < end ? inside[i - first] === 1 : outside.some((d) => d.first <= i && i <= d.last),
  };
}
