import { HOLIDAYS, PARTS_OF_DAY, SEASONS } from './data/lexicon.js';
import type { TimeWords } from './time-words.js';
import type { Fields } from './fields.js';
import type { Calendar } from './reading.js';
import { low, ordinalOf } from './words.js';

const REL: Readonly<Record<string, 'this' | 'next' | 'last'>> = {
  this: 'this',
  'this coming': 'next',
  'this past': 'last',
  next: 'next',
  coming: 'next',
  last: 'last',
  past: 'last',
};

/** Calendar fields from named groups: "Dec. 22" → { month: 12, day: 22 }. */
export function calendar(g: Readonly<Fields>, words: TimeWords): Calendar | null {
  const cal: Draft = {};
  if (g['year']) cal.year = Number(g['year']);
  if (g['year'] && g['year'].length === 2) cal.year = 2000 + Number(g['year']);
  if (g['month']) cal.month = /^\d/.test(g['month']) ? Number(g['month']) : words.months[low(g['month'])];
  if (g['day']) cal.day = ordinalOf(g['day'], words);
  if (g['weekday']) cal.weekday = words.weekdays[low(g['weekday'])];
  if (g['season']) cal.season = SEASONS[low(g['season'])];
  if (g['part']) cal.part = PARTS_OF_DAY[low(g['part']).replace(/s$/, '')];
  if (g['holiday']) [cal.month, cal.day] = HOLIDAYS[low(g['holiday'])] ?? [];
  if (g['quarter']) cal.quarter = ordinalOf(g['quarter'], words);
  if (g['half']) cal.half = low(g['half']) === 'first' ? 1 : 2;
  if (g['decade']) {
    const n = Number(g['decade']);
    if (n % 100 === 0 && n < 2000) cal.century = n / 100;
    else cal.decade = n / 10;
  }
  if (g['decadeShort'])
    cal.decade = (Number(g['decadeShort']) <= 20 ? 200 : 190) + Number(g['decadeShort']) / 10;
  if (g['century']) cal.century = (ordinalOf(g['century'], words) ?? 1) - 1;
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
