import type { Token } from '../../model/index.js';
import {
  DEICTIC_DAYS,
  HOLIDAYS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
} from './data/lexicon.js';
import type { TimeWords } from './time-words.js';
import type { Trigger } from './data/rules.js';

/** Which trigger classes a token's normal form belongs to. Built once per stage. */
export type TriggerLexicon = ReadonlyMap<string, readonly Trigger[]>;

/**
 * The words that can start or anchor a time expression, by trigger class: the cheap test that
 * decides which sentences (and which rules) are worth a regex at all.
 *
 * @example triggerLexicon(words).get('november') // ['month']
 */
export function triggerLexicon(words: TimeWords): TriggerLexicon {
  const map = new Map<string, Trigger[]>();
  const add = (word: string, t: Trigger) => {
    const list = map.get(word) ?? [];
    if (!list.includes(t)) list.push(t);
    map.set(word, list);
  };
  for (const w of Object.keys(words.months)) add(w, 'month');
  for (const w of Object.keys(words.weekdays)) {
    add(w, 'weekday');
    add(`${w}s`, 'weekday');
  }
  for (const w of Object.keys(SEASONS)) add(w, 'season');
  for (const w of [...Object.keys(PARTS_OF_DAY), 'nights', 'mornings']) add(w, 'part');
  for (const w of Object.keys(UNITS)) add(w, 'unit');
  add('half', 'half');
  for (const w of ['quarter', 'quarters']) add(w, 'quarter');
  for (const w of ['century', 'centuries']) add(w, 'century');
  // A reference is recognised by its last word ("at present", "the past", "these days").
  for (const w of Object.keys(REFERENCES)) add(w.split(' ').at(-1) ?? w, 'ref');
  for (const w of Object.keys(DEICTIC_DAYS)) add(w, 'deictic');
  for (const w of [...Object.keys(RECURRENCE), 'every', 'each', 'once', 'twice', 'thrice', 'times'])
    add(w, 'set');
  for (const w of Object.keys(HOLIDAYS)) {
    const first = w.split(' ')[0] ?? w;
    add(first, 'holiday');
    add(first.replace(/'s$/, ''), 'holiday');
  }
  for (const w of ['am', 'pm', 'a.m.', 'p.m.', 'noon', 'midnight', 'midday', "o'clock", 'o’clock'])
    add(w, 'clock');
  for (const w of ['fiscal', 'fy', 'q1', 'q2', 'q3', 'q4']) add(w, 'year');
  // wink keeps "mid-March", "mid-2019" and "mid-1990s" whole (other compounds it splits).
  for (const m of Object.keys(words.months)) add(`mid-${m}`, 'month');
  for (let y = 1900; y < 2100; y++) add(`mid-${y}`, 'year');
  for (let d = 1900; d < 2100; d += 10) add(`mid-${d}s`, 'decade');
  return map;
}

/** Number shapes that trigger rules without a lexicon word, as one regex (one test per number). */
const SHAPE =
  /^(?:(?<year>(?:mid-?)?(?:1[5-9]|20|21)\d\d(?:[-–](?:\d\d){1,2})?$)|(?<decade>(?:\d\d|')?\d0s$)|(?<clock>\d{1,2}(?::\d\d|am$|pm$))|(?<ordinal>\d{1,2}(?:st|nd|rd|th)$)|(?<numeric>(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d\d-\d\d)$))/;
/** Parts of speech no trigger word takes (wink's tags; "every" and "each" are DET, kept). */
const SKIP_POS: ReadonlySet<string> = new Set([
  'PUNCT',
  'ADP',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'VERB',
]);

/** The trigger classes of a number, decade, time or ordinal by its shape; null when it has none. */
function shapeOf(word: string): readonly Trigger[] | null {
  const g = SHAPE.exec(word)?.groups;
  if (!g) return null;
  // One shared array per class, so that the rules for it are looked up once (see 02-atoms).
  if (g['year'] !== undefined) return SHAPE_CLASSES.year;
  if (g['decade'] !== undefined) return SHAPE_CLASSES.decade;
  if (g['clock'] !== undefined) return SHAPE_CLASSES.clock;
  if (g['ordinal'] !== undefined) return SHAPE_CLASSES.ordinal;
  if (g['numeric'] !== undefined) return SHAPE_CLASSES.numeric;
  return null;
}

/** The classes of number shapes, one shared list each. */
export const SHAPE_CLASSES = {
  year: ['year'],
  decade: ['decade'],
  clock: ['clock'],
  ordinal: ['ordinal'],
  numeric: ['numeric'],
} as const satisfies Record<string, readonly Trigger[]>;

/** A token that can anchor a time expression, and the trigger classes it belongs to. */
export interface TriggerToken {
  readonly index: number;
  readonly classes: readonly Trigger[];
}

/**
 * The tokens of a run that can anchor a time expression, with their trigger classes; empty
 * when no time expression can be found there.
 *
 * @example triggerTokens(lexicon, tokens, 0, tokens.length) // [{ index: 3, classes: ['month'] }]
 */
export function triggerTokens(
  lexicon: TriggerLexicon,
  tokens: readonly Token[],
  start: number,
  end: number,
): TriggerToken[] {
  const found: TriggerToken[] = [];
  for (let i = start; i < end; i++) {
    // The hot loop of the stage: one map lookup per token, and a shape test only for the tokens
    // wink typed as numbers, decades, times or ordinals (comparing type names reads no text).
    const token = tokens[i] as Token;
    // Half the tokens are skipped on their tag alone (no time word is a verb, a pronoun or a
    // preposition), which spares reading, and hashing, their text.
    if (SKIP_POS.has(token.pos)) continue;
    const known = lexicon.get(token.normal);
    const shaped = token.type !== 'word' ? shapeOf(token.normal) : null;
    if (known !== undefined && shaped) found.push({ index: i, classes: [...new Set([...known, ...shaped])] });
    else if (known !== undefined) found.push({ index: i, classes: known });
    else if (shaped) found.push({ index: i, classes: shaped });
  }
  return found;
}
