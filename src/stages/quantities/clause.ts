import { CLAUSE_STOPS } from './data/context.js';
import type { Draft } from './draft.js';
import type { Scope } from './scope.js';

/**
 * The tokens after a quantity that still speak of it: from the end of what it counts to the
 * next quantity, the end of the clause (a comma, a conjunction or relative pronoun opening
 * another statement) or the sentence. Its place and time are looked for there first.
 *
 * @example windowAfter(scope, draft, drafts) // { first: 14, end: 19 }
 */
export function windowAfter(
  scope: Scope,
  d: Draft,
  drafts: readonly Draft[],
): { first: number; end: number } {
  const first = Math.max(d.last, d.counted ? tokenEnding(scope, d.counted.span.end, d.last) : d.last) + 1;
  let end = scope.end;
  for (const x of drafts) if (x.first >= first && x.first < end) end = x.first;
  for (let k = first; k < end; k++) {
    const w = scope.word(k);
    if (w === ',' || CLAUSE_STOPS.has(w)) return { first, end: k };
  }
  return { first, end };
}

/** The clause a quantity stands in, back to the previous stop: where its verb may be. */
export function clauseStart(scope: Scope, d: Draft): number {
  for (let k = d.first - 1; k >= scope.first; k--) {
    const w = scope.word(k);
    if (w === ',' || CLAUSE_STOPS.has(w) || w === 'that') return k + 1;
  }
  return scope.first;
}

/** The index of the token whose span ends at `end` (searching forward from `from`). */
function tokenEnding(scope: Scope, end: number, from: number): number {
  for (let k = from; k < scope.end; k++) if ((scope.tokens[k]?.span.end ?? 0) >= end) return k;
  return from;
}
