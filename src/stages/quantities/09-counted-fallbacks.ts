import type { Draft } from './draft.js';
import { phraseOf } from './draft.js';
import { numberOfAntecedent } from './antecedent.js';
import { headRun } from './noun-phrase.js';
import { isNominal, posOf } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Pass 9: what a quantity counts when no noun follows it, in order of trust:
 * 0. `counted-respectively` — "the number of cases and the number of deaths, at 5,621 and 25
 *    respectively": N coordinated figures before "respectively" pair in order with N coordinated
 *    noun phrases before them;
 * 1. `counted-number-of` — "the number of X ... decreased from 34,000 to 11,000";
 * 2. `counted-change-partner` — "34,000 North Korean workers ... had declined to about 11,000";
 * 3. `counted-elliptical` — "nearly 100,000 workers abroad, of which some 50,000 were in China":
 *    the nearest earlier quantity of the sentence with the same unit that names what it counts.
 * Each borrowed phrase keeps the rule that lent it.
 *
 * @example fillCounted(scope, drafts) // about 11,000 → counted "North Korean workers" (counted-change-partner)
 */
export function fillCounted(scope: Scope, drafts: readonly Draft[]): void {
  pairRespectively(scope, drafts);
  for (const d of drafts) {
    if (d.counted || !countable(d)) continue;
    const np = numberOfAntecedent(scope, d, drafts);
    const phrase = np && phraseOf(scope.text, scope.tokens, np.first, np.last, 'counted-number-of');
    if (phrase) d.counted = phrase;
  }
  for (const d of drafts) {
    const other = d.change?.partner;
    if (!d.counted && other?.counted) d.counted = { ...other.counted, rule: 'counted-change-partner' };
  }
  drafts.forEach((d, n) => {
    if (d.counted || !countable(d) || d.vague !== undefined) return;
    for (let m = n - 1; m >= 0; m--) {
      const e = drafts[m];
      if (e?.counted && e.unit === d.unit) {
        d.counted = { ...e.counted, rule: 'counted-elliptical' };
        d.confidence = Math.min(d.confidence, 0.6);
        return;
      }
    }
  });
}

function countable(d: Draft): boolean {
  return d.unit === 'count';
}

/** Tokens that may stand between the last coordinated noun and the first figure ("deaths, at"). */
const MAX_BRIDGE = 4;
/** Tokens a conjunct may hold before its counted noun ("the highest number of deaths"). */
const MAX_CONJUNCT = 8;
/** The parts of speech of the words before a conjunct's counted noun ("the highest number of"). */
const LEAD_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV']);

/**
 * "the highest number of cases and the highest number of deaths, at 5,621 and 25 respectively":
 * runs of counts that name nothing, joined by "and" or commas and followed by "respectively",
 * take in order the counted nouns of as many coordinated noun phrases just before them. The
 * counted noun of a conjunct is the common noun that ends it ("deaths" of "the number of
 * deaths"); when any conjunct does not end on one, nothing is paired.
 */
function pairRespectively(scope: Scope, drafts: readonly Draft[]): void {
  let n = 0;
  while (n < drafts.length) {
    let m = n;
    while (m + 1 < drafts.length && joined(scope, drafts[m]!.last + 1, drafts[m + 1]!.first - 1)) m++;
    const group = drafts.slice(n, m + 1);
    n = m + 1;
    const after = group[group.length - 1]!.last + 1;
    const resp = scope.word(after) === ',' ? after + 1 : after;
    if (group.length < 2 || scope.word(resp) !== 'respectively') continue;
    if (group.some((d) => d.counted || d.unit !== 'count')) continue;
    const nouns = coordinatedNouns(scope, group[0]!.first, group.length, drafts);
    if (!nouns) continue;
    group.forEach((d, i) => {
      const np = nouns[i]!;
      const phrase = phraseOf(scope.text, scope.tokens, np.first, np.last, 'counted-respectively');
      if (phrase) d.counted = phrase;
    });
  }
}

/** True when tokens `a..b` (not empty) are only "and" and commas: "5,621 and 25", "3, 4, and 5". */
function joined(scope: Scope, a: number, b: number): boolean {
  if (b < a) return false;
  for (let k = a; k <= b; k++) if (!isSeparator(scope, k)) return false;
  return true;
}

/**
 * The counted nouns of `count` coordinated noun phrases ending shortly before token `before`
 * ("A and B", "A, B and C", "A, B, and C"), first to last; null unless all are found.
 */
function coordinatedNouns(
  scope: Scope,
  before: number,
  count: number,
  drafts: readonly Draft[],
): { first: number; last: number }[] | null {
  const inDraft = (k: number) => drafts.some((x) => x.first <= k && k <= x.last);
  let end = before - 1;
  while (end >= scope.first && before - end <= MAX_BRIDGE && !isNominal(scope, end)) end--;
  const found: { first: number; last: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (end < scope.first || inDraft(end) || !isCommonNoun(scope, end)) return null;
    let start = end;
    while (start - 1 >= scope.first && isCommonNoun(scope, start - 1)) start--;
    const np = headRun(scope, start);
    if (!np || np.last !== end) return null;
    found.unshift(np);
    if (i === count - 1) break;
    // The separator before this conjunct: "and" for the last join, commas before.
    let sep = start - 1;
    // Only the words of a noun phrase lead up to its noun: "the highest number of"; not "in the".
    while (sep >= scope.first && start - sep <= MAX_CONJUNCT && !isSeparator(scope, sep)) {
      if (inDraft(sep) || !(LEAD_POS.has(posOf(scope, sep)) || scope.word(sep) === 'of')) return null;
      sep--;
    }
    if (sep < scope.first || !isSeparator(scope, sep)) return null;
    const word = scope.word(sep);
    if (i === 0 ? word !== 'and' : word !== ',') return null;
    end = sep - 1;
    if (i === 0 && scope.word(end) === ',') end--;
  }
  return found;
}

/**
 * A common noun: tagged so, or the capitalised word that opens the sentence, which wink tags a
 * name ("Cases, deaths and recoveries were 300, 40 and 90 respectively").
 */
function isCommonNoun(scope: Scope, k: number): boolean {
  const pos = posOf(scope, k);
  return (
    pos === 'NOUN' || (k === scope.first && pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(scope.surface(k)))
  );
}

function isSeparator(scope: Scope, k: number): boolean {
  return scope.word(k) === 'and' || scope.word(k) === ',';
}
