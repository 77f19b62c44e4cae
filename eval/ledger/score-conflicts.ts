import type { GoldConflict, GoldSide } from './stories-gold.js';

/** A system conflict reduced to its claims' docs and spans (indices into the gold doc's text). */
export interface SystemConflict {
  readonly id: string;
  readonly type: string;
  readonly reason: string;
  readonly claims: readonly { readonly doc: string; readonly start: number; readonly end: number }[];
}

export interface ConflictScore {
  readonly gold: number;
  readonly found: number;
  /** Gold conflicts not marked soft, and how many of them were found. */
  readonly hard: number;
  readonly hardFound: number;
  readonly predicted: number;
  /** System conflicts that match a gold conflict. */
  readonly correct: number;
  /** System conflicts that match only a gold non-conflict. */
  readonly onNonConflicts: number;
  /** The same, with spans: each gold side overlapped by one of the conflict's claims. */
  readonly strictFound: number;
  readonly strictCorrect: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

/**
 * The dataset's protocol: a gold conflict is found when one system conflict holds claims from
 * the documents on both of its sides (from one document twice when both sides are in it); a
 * system conflict is correct when it finds some gold conflict. The strict variant also asks a
 * claim of the conflict to overlap each side's span.
 *
 * @example scoreConflicts(story.conflicts, story.nonConflicts, system).found
 */
export function scoreConflicts(
  gold: readonly GoldConflict[],
  nonConflicts: readonly GoldConflict[],
  system: readonly SystemConflict[],
): ConflictScore {
  const finds = (s: SystemConflict, g: GoldConflict, strict: boolean) => holds(s, g.a, g.b, strict);
  const found = gold.filter((g) => system.some((s) => finds(s, g, false)));
  const strictFound = gold.filter((g) => system.some((s) => finds(s, g, true)));
  const correct = system.filter((s) => gold.some((g) => finds(s, g, false)));
  const strictCorrect = system.filter((s) => gold.some((g) => finds(s, g, true)));
  const onNon = system.filter((s) => !correct.includes(s) && nonConflicts.some((n) => finds(s, n, false)));
  const hard = gold.filter((g) => !g.soft);
  return {
    gold: gold.length,
    found: found.length,
    hard: hard.length,
    hardFound: hard.filter((g) => found.includes(g)).length,
    predicted: system.length,
    correct: correct.length,
    onNonConflicts: onNon.length,
    strictFound: strictFound.length,
    strictCorrect: strictCorrect.length,
    missed: gold
      .filter((g) => !found.includes(g))
      .map(
        (g) =>
          `${g.id} (${g.kind}${g.soft ? ', soft' : ''}): ${g.a.doc} “${g.a.text}” | ${g.b.doc} “${g.b.text}”`,
      ),
    wrong: system
      .filter((s) => !correct.includes(s))
      .map(
        (s) =>
          `${s.type} [${[...new Set(s.claims.map((c) => c.doc))].join(', ')}]${onNon.includes(s) ? ' (a gold non-conflict)' : ''}: ${s.reason}`,
      ),
  };
}

/** True when distinct claims of the conflict come from the two sides' docs (and spans). */
function holds(s: SystemConflict, a: GoldSide, b: GoldSide, strict: boolean): boolean {
  const on = (side: GoldSide) =>
    s.claims
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.doc === side.doc && (!strict || (c.start < side.end && side.start < c.end)))
      .map(({ i }) => i);
  const left = on(a);
  const right = on(b);
  return left.some((i) => right.some((j) => j !== i));
}
