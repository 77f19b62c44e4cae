import type { VagueEntry } from './data/vague.js';
import { CURRENCY_WORDS, TIME_UNIT_OF } from './data/units.js';
import type { Draft } from './draft.js';
import type { Scope } from './scope.js';
import { fits } from './vague-fits.js';

/**
 * Pass 6: vague quantifiers, proportions and universals from the lexicon in `data/vague.ts`:
 * "dozens", "tens of thousands", "several thousand", "almost all", "most", "no North Koreans".
 * Each takes the range the lexicon documents; words already inside a figure's draft are skipped,
 * and so are uses that are not quantities ("at all", "the most", "no longer", "a few days").
 *
 * @example findVague(scope, taken) // [{ vague: 'dozens', min: 24, max: 99, rule: 'vague:dozens' }]
 */
export function findVague(scope: Scope, taken: (i: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (let i = scope.first; i < scope.end; i++) {
    if (taken(i)) continue;
    const match = scope.lexicon.vague.at(scope.word, i, scope.end);
    if (!match || taken(match.last)) continue;
    const { entry } = match;
    if (!fits(scope, entry, match.first, match.last)) continue;
    out.push(draftOf(scope, entry, match.first, match.last));
    i = match.last;
  }
  return out;
}

function draftOf(scope: Scope, entry: VagueEntry, first: number, last: number): Draft {
  const kind = entry.unit === 'proportion' ? 'proportion' : entry.value === 0 ? 'zero' : 'vague';
  const d: Draft = {
    first,
    last,
    core: { first, last },
    approximate: entry.value === undefined,
    unit: entry.unit,
    vague: scope.text.slice(scope.tokens[first]?.span.start ?? 0, scope.tokens[last]?.span.end ?? 0),
    rule: `${kind}:${entry.name}`,
    confidence: entry.name === 'all' || entry.name === 'no' ? 0.7 : 0.8,
  };
  if (entry.value !== undefined) d.value = entry.value;
  if (entry.min !== undefined) d.min = entry.min;
  if (entry.max !== undefined) d.max = entry.max;
  takeCurrency(scope, d);
  // "a few days": the multiplier counts days.
  const unit = TIME_UNIT_OF.get(scope.word(last + 1));
  if (unit !== undefined && d.unit === 'count') {
    d.unit = unit;
    d.last = last + 1;
  }
  return d;
}

/** "hundreds of millions of dollars", "several million dollars": a vague amount of money. */
function takeCurrency(scope: Scope, d: Draft): void {
  if (d.unit !== 'count') return;
  const of = scope.word(d.last + 1) === 'of' ? 1 : 0;
  for (const words of [
    scope.word(d.last + 1 + of),
    `${scope.word(d.last + 1 + of)} ${scope.word(d.last + 2 + of)}`,
  ]) {
    const code = CURRENCY_WORDS[words];
    if (code !== undefined) {
      d.unit = code;
      d.last += of + words.split(' ').length;
      return;
    }
  }
}
