import type { TimexMod } from '../../model/index.js';
import {
  DEICTIC_DAYS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
  WEEKDAYS,
} from './data/lexicon.js';
import type { Unit } from './data/lexicon.js';
import type { RuleSpec } from './data/rules.js';
import type { Calendar, Reading } from './reading.js';
import type { Fields } from './fields.js';

type Groups = Readonly<Fields>;

/** A group's words as the lexicons key them: lower case, straight apostrophes, single spaces. */
function low(s: string | undefined): string {
  if (s === undefined) return '';
  const w = s.toLowerCase();
  // Most words need nothing more; the regexes run only on the few that do.
  return /[’\s]/.test(w) ? w.replace(/’/g, "'").replace(/\s+/g, ' ') : w;
}

/** "24", "1,000", "two", "twenty-five", "a few" (null: vague); undefined when not a number. */
export function numberOf(s: string | undefined): number | null | undefined {
  const w = low(s);
  if (w === '') return undefined;
  if (/^[\d,]+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w] ?? null;
  const [tens, ones] = w.split('-');
  const t = NUMBER_WORDS[tens ?? ''];
  const o = NUMBER_WORDS[ones ?? ''];
  return typeof t === 'number' && typeof o === 'number' ? t + o : undefined;
}

const ordinalOf = (s: string | undefined): number | undefined => {
  const w = low(s);
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  return digits ? Number(digits[1]) : ORDINALS[w];
};

const REL: Readonly<Record<string, 'this' | 'next' | 'last'>> = {
  this: 'this',
  'this coming': 'next',
  'this past': 'last',
  next: 'next',
  coming: 'next',
  last: 'last',
  past: 'last',
};

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

/** Calendar fields from named groups: "Dec. 22" → { month: 12, day: 22 }. */
function calendar(g: Groups): Calendar | null {
  const cal: Draft = {};
  if (g['year']) cal.year = Number(g['year']);
  if (g['year'] && g['year'].length === 2) cal.year = 2000 + Number(g['year']);
  if (g['month']) cal.month = /^\d/.test(g['month']) ? Number(g['month']) : MONTHS[low(g['month'])];
  if (g['day']) cal.day = ordinalOf(g['day']);
  if (g['weekday']) cal.weekday = WEEKDAYS[low(g['weekday'])];
  if (g['season']) cal.season = SEASONS[low(g['season'])];
  if (g['part']) cal.part = PARTS_OF_DAY[low(g['part']).replace(/s$/, '')];
  if (g['holiday']) [cal.month, cal.day] = HOLIDAYS[low(g['holiday'])] ?? [];
  if (g['quarter']) cal.quarter = ordinalOf(g['quarter']);
  if (g['half']) cal.half = low(g['half']) === 'first' ? 1 : 2;
  if (g['decade']) {
    const n = Number(g['decade']);
    if (n % 100 === 0 && n < 2000) cal.century = n / 100;
    else cal.decade = n / 10;
  }
  if (g['decadeShort'])
    cal.decade = (Number(g['decadeShort']) <= 20 ? 200 : 190) + Number(g['decadeShort']) / 10;
  if (g['century']) cal.century = (ordinalOf(g['century']) ?? 1) - 1;
  if (g['hour']) cal.hour = Number(g['hour']);
  if (g['minute']) cal.minute = Number(g['minute']);
  if (g['ampm']) {
    const pm = /^p/i.test(g['ampm']);
    const h = cal.hour ?? 0;
    cal.hour = pm && h < 12 ? h + 12 : !pm && h === 12 ? 0 : h;
  }
  if (g['clock']) {
    const c = low(g['clock']);
    cal.hour = c === 'midnight' ? 24 : c.endsWith("o'clock") ? (cal.hour ?? 0) : 12;
    cal.minute = 0;
  }
  if (g['rel']) {
    const rel = REL[low(g['rel'])];
    if (rel && (cal.month !== undefined || cal.weekday !== undefined || cal.season !== undefined))
      cal.rel = rel;
    // "the second half of next year": the relative word picks the year.
    if (cal.half !== undefined && cal.year === undefined) cal.rel = rel ?? 'this';
  }
  // A word the lexicon does not know leaves a field undefined: no reading then.
  const known =
    (g['month'] === undefined || cal.month !== undefined) &&
    (g['day'] === undefined || cal.day !== undefined) &&
    (g['weekday'] === undefined || cal.weekday !== undefined) &&
    (g['season'] === undefined || cal.season !== undefined) &&
    (g['part'] === undefined || cal.part !== undefined) &&
    (g['holiday'] === undefined || cal.day !== undefined) &&
    (g['quarter'] === undefined || cal.quarter !== undefined) &&
    (g['century'] === undefined || cal.century !== undefined);
  return known ? (cal as Calendar) : null;
}

type Draft = { -readonly [K in keyof Calendar]?: Calendar[K] | undefined };

/** A unit word and an amount, with "and a half" folded into a smaller unit (18 months). */
function amountOf(g: Groups, unitWord: string | undefined): { amount: number | null; unit: Unit } | null {
  const unit = UNITS[low(unitWord)];
  if (!unit) return null;
  let amount = g['amount'] === undefined ? (g['frac'] ? 0 : null) : numberOf(g['amount']);
  if (amount === undefined) return null;
  if (g['frac'] && amount !== null) amount += 0.5;
  return { amount, unit };
}

/**
 * Turns a rule's match into a reading: what the words mean before they are placed on the calendar.
 * Returns null when the groups do not make sense (a 13th month, a 32nd day).
 *
 * @example interpret(rule('month-year'), { month: 'December', year: '2017' }) // calendar 2017-12
 */
export function interpret(spec: RuleSpec, g: Groups): Interpretation | null {
  switch (spec.kind) {
    case 'calendar': {
      const cal = calendar(g);
      if (!cal || (cal.month !== undefined && (cal.month < 1 || cal.month > 12))) return null;
      if (cal.day !== undefined && (cal.day < 1 || cal.day > 31)) return null;
      return { reading: { kind: 'calendar', cal } };
    }
    case 'shift':
      return shift(g);
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
      const a = amountOf(g, g['unit'] ?? g['unit2']);
      if (!a) return null;
      if (low(g['frac']) === 'half' && g['amount'] === undefined)
        return { reading: { kind: 'duration', amount: 0.5, unit: a.unit } };
      return { reading: { kind: 'duration', amount: a.amount, unit: a.unit } };
    }
    case 'set':
      return set(g);
  }
}

function shift(g: Groups): Interpretation | null {
  if (g['deictic']) {
    const amount = DEICTIC_DAYS[low(g['deictic'])] ?? 0;
    const part = low(g['deictic']) === 'tonight' ? 'NI' : PARTS_OF_DAY[low(g['part'])];
    return {
      reading: part ? { kind: 'shift', unit: 'day', amount, part } : { kind: 'shift', unit: 'day', amount },
    };
  }
  const rel = low(g['rel']);
  if (g['part']) {
    const part = PARTS_OF_DAY[low(g['part'])] ?? 'MO';
    return { reading: { kind: 'shift', unit: 'day', amount: rel === 'last' ? -1 : 0, part } };
  }
  if (g['ago']) {
    const a = amountOf(g, g['unit']);
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

function set(g: Groups): Interpretation | null {
  if (g['recur']) {
    const unit = RECURRENCE[low(g['recur'])];
    return unit ? { reading: { kind: 'set', unit, amount: low(g['recur']) === 'biweekly' ? 2 : 1 } } : null;
  }
  if (g['freq']) {
    const f = low(g['freq']);
    const n = f === 'once' ? 1 : f === 'twice' ? 2 : f === 'thrice' ? 3 : numberOf(f.replace(/ times$/, ''));
    const unit = UNITS[low(g['unit'])];
    if (!unit || typeof n !== 'number') return null;
    return { reading: { kind: 'set', unit, amount: 1, freq: `${n}X` } };
  }
  if (g['unit']) {
    const unit = UNITS[low(g['unit'])];
    const amount = g['amount'] === undefined ? 1 : numberOf(g['amount']);
    if (!unit || typeof amount !== 'number') return null;
    return { reading: { kind: 'set', unit, amount } };
  }
  const cal = calendar(g);
  return cal ? { reading: { kind: 'set', cal } } : null;
}
