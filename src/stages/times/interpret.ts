import type { TimexMod } from '../../model/index.js';
import { DEICTIC_DAYS, PARTS_OF_DAY, RECURRENCE, REFERENCES, UNITS } from './data/lexicon.js';
import type { Unit } from './data/lexicon.js';
import type { RuleSpec } from './data/rules.js';
import type { Reading } from './reading.js';
import { calendar } from './read-calendar.js';
import type { TimeWords } from './time-words.js';
import { low, numberOf } from './words.js';
import type { Fields } from './fields.js';

type Groups = Readonly<Fields>;

const EDGE: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  end: 'END',
  close: 'END',
  beginning: 'START',
  start: 'START',
  middle: 'MID',
};

/** A reading and the mod the rule itself gives ("the end of the year" → END). */
export interface Interpretation {
  readonly reading: Reading;
  readonly mod?: TimexMod;
}

/** A unit word and an amount, with "and a half" folded into a smaller unit (18 months). */
function amountOf(
  g: Groups,
  unitWord: string | undefined,
  words: TimeWords,
): { amount: number | null; unit: Unit } | null {
  const unit = UNITS[low(unitWord)];
  if (!unit) return null;
  let amount = g['amount'] === undefined ? (g['frac'] ? 0 : null) : numberOf(g['amount'], words);
  if (amount === undefined) return null;
  if (g['frac'] && amount !== null) amount += 0.5;
  return { amount, unit };
}

/**
 * Turns a rule's match into a reading: what the words mean before they are placed on the calendar.
 * Returns null when the groups do not make sense (a 13th month, a 32nd day).
 *
 * @example interpret(rule('month-year'), { month: 'December', year: '2017' }, words) // calendar 2017-12
 */
export function interpret(spec: RuleSpec, g: Groups, words: TimeWords): Interpretation | null {
  switch (spec.kind) {
    case 'calendar': {
      const cal = calendar(g, words);
      if (!cal || (cal.month !== undefined && (cal.month < 1 || cal.month > 12))) return null;
      if (cal.day !== undefined && (cal.day < 1 || cal.day > 31)) return null;
      return { reading: { kind: 'calendar', cal } };
    }
    case 'shift':
      return shift(g, words);
    case 'narrative': {
      const rel = low(g['rel'] ?? g['relnext']);
      const word = low(g['unit'] ?? g['unitnext']);
      const part = PARTS_OF_DAY[word];
      const amount = /following|next/.test(rel) ? 1 : /preceding|previous/.test(rel) ? -1 : 0;
      const unit = part ? 'day' : UNITS[word];
      if (!unit) return null;
      return {
        reading: part ? { kind: 'narrative', unit, amount, part } : { kind: 'narrative', unit, amount },
      };
    }
    case 'ref': {
      const ref = REFERENCES[low(g['ref'])];
      return ref ? { reading: { kind: 'ref', ref } } : null;
    }
    case 'duration': {
      const a = amountOf(g, g['unit'] ?? g['unit2'], words);
      if (!a) return null;
      if (low(g['frac']) === 'half' && g['amount'] === undefined)
        return { reading: { kind: 'duration', amount: 0.5, unit: a.unit } };
      return { reading: { kind: 'duration', amount: a.amount, unit: a.unit } };
    }
    case 'set':
      return set(g, words);
  }
}

function shift(g: Groups, words: TimeWords): Interpretation | null {
  if (g['deictic']) {
    const amount = DEICTIC_DAYS[low(g['deictic'])] ?? 0;
    const part = low(g['deictic']) === 'tonight' ? 'NI' : PARTS_OF_DAY[low(g['part'])];
    return {
      reading: part ? { kind: 'shift', unit: 'day', amount, part } : { kind: 'shift', unit: 'day', amount },
    };
  }
  // The weekend is the end of its week: which week's, the tense says (see `edgeShift`).
  const rel = low(g['rel']);
  if (rel === 'the' && low(g['unit']) === 'weekend')
    return { reading: { kind: 'shift', unit: 'weekend', amount: 0, edge: 'END' } };
  if (g['part']) {
    const part = PARTS_OF_DAY[low(g['part'])] ?? 'MO';
    return { reading: { kind: 'shift', unit: 'day', amount: rel === 'last' ? -1 : 0, part } };
  }
  if (g['ago']) {
    const a = amountOf(g, g['unit'], words);
    if (!a) return null;
    const forward = low(g['ago']) !== 'ago';
    if (a.amount === null) return { reading: { kind: 'ref', ref: forward ? 'FUTURE_REF' : 'PAST_REF' } };
    return { reading: { kind: 'shift', unit: a.unit, amount: forward ? a.amount : -a.amount } };
  }
  const unit = UNITS[low(g['unit'])];
  if (!unit) return null;
  if (g['edge']) {
    const amount = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
    const edge = EDGE[low(g['edge'])];
    if (!edge) return null;
    // "the end of the year" names no year: the tense decides which year's end (see resolve).
    const flexible = rel === 'the' || rel === '';
    return {
      reading: flexible ? { kind: 'shift', unit, amount, edge } : { kind: 'shift', unit, amount },
      mod: edge,
    };
  }
  // "the past year" is a length of time; "last year" a date; "the previous year" leans on the story.
  if (rel === 'past') return { reading: { kind: 'duration', amount: 1, unit } };
  if (rel === 'previous') return { reading: { kind: 'narrative', unit, amount: -1 } };
  const amount = /next|coming|upcoming/.test(rel) ? 1 : rel === 'last' ? -1 : 0;
  return { reading: { kind: 'shift', unit, amount } };
}

function set(g: Groups, words: TimeWords): Interpretation | null {
  if (g['recur']) {
    const unit = RECURRENCE[low(g['recur'])];
    return unit ? { reading: { kind: 'set', unit, amount: low(g['recur']) === 'biweekly' ? 2 : 1 } } : null;
  }
  if (g['freq']) {
    const f = low(g['freq']);
    const n =
      f === 'once' ? 1 : f === 'twice' ? 2 : f === 'thrice' ? 3 : numberOf(f.replace(/ times$/, ''), words);
    const unit = UNITS[low(g['unit'])];
    if (!unit || typeof n !== 'number') return null;
    return { reading: { kind: 'set', unit, amount: 1, freq: `${n}X` } };
  }
  if (g['unit']) {
    const unit = UNITS[low(g['unit'])];
    const amount = g['amount'] === undefined ? 1 : numberOf(g['amount'], words);
    if (!unit || typeof amount !== 'number') return null;
    return { reading: { kind: 'set', unit, amount } };
  }
  const cal = calendar(g, words);
  return cal ? { reading: { kind: 'set', cal } } : null;
}
