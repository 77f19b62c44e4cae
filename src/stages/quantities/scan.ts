import type { Span } from '../../model/index.js';
import { findFigures } from './01-candidates.js';
import { exclusionOf } from './02-exclusions.js';
import { draftOf } from './03-units.js';
import { applyModifiers } from './04-modifiers.js';
import { pairFigures } from './05-ranges.js';
import type { TimeOptions } from './11-time.js';
import { DRAFT_PASSES, FINDERS, takenTokens } from './passes.js';
import type { Draft } from './draft.js';
import type { Scope } from './scope.js';

/** A number that is not a quantity, and the rule that said so (for tests and debugging). */
export interface Excluded {
  readonly text: string;
  readonly span: Span;
  readonly rule: string;
}

/**
 * Runs passes 1–11 over one sentence: the figures here, then the finders and the passes over
 * the drafts listed in `passes.ts`. Returns the quantities the sentence states, and the numbers
 * it holds that are not quantities with the rule that excluded each.
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
  // Each finder looks only where the figures and the earlier finders have not.
  const taken = takenTokens(scope);
  taken.mark(paired);
  const found: Draft[] = [];
  for (const finder of FINDERS) {
    const more = finder.run(scope, taken.has);
    taken.mark(more);
    for (const d of more) found.push(d);
  }
  if (paired.length === 0 && found.length === 0) return { drafts: [], excluded };
  const drafts = found.length === 0 ? paired : [...paired, ...found].sort((a, b) => a.first - b.first);
  for (const pass of DRAFT_PASSES) pass.run(scope, drafts, options);
  return { drafts, excluded };
}
