import type { Span } from '../../model/index.js';
import { findFigures } from './01-candidates.js';
import { exclusionOf } from './02-exclusions.js';
import { draftOf } from './03-units.js';
import { applyModifiers } from './04-modifiers.js';
import { pairFigures } from './05-ranges.js';
import { findVague } from './06-vague.js';
import { findIdioms } from './number-idioms.js';
import { findVagueDurations } from './vague-durations.js';
import { linkChanges } from './07-changes.js';
import { findCounted } from './08-counted.js';
import { fillCounted } from './09-counted-fallbacks.js';
import { findPlaces } from './10-place.js';
import { assignTimes } from './11-time.js';
import type { TimeOptions } from './11-time.js';
import type { Draft } from './draft.js';
import type { Scope } from './scope.js';

/** A number that is not a quantity, and the rule that said so (for tests and debugging). */
export interface Excluded {
  readonly text: string;
  readonly span: Span;
  readonly rule: string;
}

/**
 * Runs passes 1–11 over one sentence: the quantities it states, and the numbers it holds that
 * are not quantities with the rule that excluded each.
 *
 * @example scanSentence(scope, { publicationFallback: true }).drafts.map((d) => d.rule)
 */
export function scanSentence(scope: Scope, options: TimeOptions): { drafts: Draft[]; excluded: Excluded[] } {
  const kept: Draft[] = [];
  const excluded: Excluded[] = [];
  for (const figure of findFigures(scope)) {
    const rule = exclusionOf(scope, figure);
    if (rule === null) {
      kept.push(draftOf(scope, figure));
      continue;
    }
    const span = {
      start: scope.tokens[figure.first]?.span.start ?? 0,
      end: scope.tokens[figure.last]?.span.end ?? 0,
    };
    excluded.push({ text: scope.text.slice(span.start, span.end), span, rule });
  }
  for (const d of kept) applyModifiers(scope, d);
  const paired = pairFigures(scope, kept);
  // Drafts do not overlap and come in text order: a token is taken when it lies in one.
  const taken = (i: number) => paired.some((d) => d.first <= i && i <= d.last);
  const found = findVague(scope, paired.length === 0 ? () => false : taken);
  const takenOrVague = (i: number) => taken(i) || found.some((d) => d.first <= i && i <= d.last);
  found.push(...findVagueDurations(scope, takenOrVague));
  found.push(...findIdioms(scope, takenOrVague));
  if (paired.length === 0 && found.length === 0) return { drafts: [], excluded };
  const drafts = found.length === 0 ? paired : [...paired, ...found].sort((a, b) => a.first - b.first);
  linkChanges(scope, drafts);
  for (const d of drafts) findCounted(scope, d, drafts);
  fillCounted(scope, drafts);
  findPlaces(scope, drafts);
  assignTimes(scope, drafts, options);
  return { drafts, excluded };
}
