import type { Token } from '../../model/index.js';
import {
  DEICTIC_DAYS,
  HOLIDAYS,
  MONTHS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
  WEEKDAYS,
} from './data/lexicon.js';
import type { Trigger } from './data/rules.js';

/** Which trigger classes a token's normal form belongs to. Built once per stage. */
export type TriggerLexicon = ReadonlyMap<string, readonly Trigger[]>;

/**
 * The words that can start or anchor a time expression, by trigger class: the cheap test that
 * decides which sentences (and which rules) are worth a regex at all.
 *
 * @example triggerLexicon().get('november') // ['month']
 */
export function triggerLexicon(): TriggerLexicon {
  const map = new Map<string, Trigger[]>();
  const add = (word: string, t: Trigger) => {
    const list = map.get(word) ?? [];
    if (!list.includes(t)) list.push(t);
    map.set(word, list);
  };
  for (const w of Object.keys(MONTHS)) add(w, 'month');
  for (const w of Object.keys(WEEKDAYS)) {
    add(w, 'weekday');
    add(`${w}s`, 'weekday');
  }
  for (const w of Object.keys(SEASONS)) add(w, 'season');
  for (const w of [...Object.keys(PARTS_OF_DAY), 'nights', 'mornings']) add(w, 'part');
  for (const w of [...Object.keys(UNITS), 'half']) add(w, 'unit');
  // A reference is recognised by its last word ("at present", "the past", "these days").
  for (const w of Object.keys(REFERENCES)) add(w.split(' ').at(-1) ?? w, 'ref');
  for (const w of Object.keys(DEICTIC_DAYS)) add(w, 'deictic');
  for (const w of [...Object.keys(RECURRENCE), 'every', 'each', 'once', 'twice', 'thrice', 'times'])
    add(w, 'set');
  for (const w of Object.keys(HOLIDAYS)) add(w.split(' ')[0] ?? w, 'holiday');
  for (const w of ['am', 'pm', 'a.m.', 'p.m.', 'noon', 'midnight', 'midday', "o'clock", 'o’clock'])
    add(w, 'clock');
  for (const w of ['fiscal', 'fy', 'q1', 'q2', 'q3', 'q4']) add(w, 'year');
  return map;
}

/** Number shapes that trigger rules without a lexicon word. */
const SHAPES: readonly (readonly [RegExp, Trigger])[] = [
  [/^(?:1[5-9]|20|21)\d\d$/, 'year'],
  [/^(?:mid-?)?(?:1[5-9]|20|21)\d\d(?:[-–](?:\d\d){1,2})?$/, 'year'],
  [/^fy\d{2,4}$/, 'year'],
  [/^(?:\d\d|')?\d0s$/, 'decade'],
  [/^\d{1,2}:\d\d/, 'clock'],
  [/^\d{1,2}(?:am|pm)$/, 'clock'],
  [/^\d{1,2}(?:st|nd|rd|th)$/, 'ordinal'],
  [/^\d{1,2}\/\d{1,2}\/\d{2,4}$/, 'numeric'],
  [/^\d{4}-\d\d-\d\d$/, 'numeric'],
  [/-(?:year|month|week|day|hour|minute|decade)s?(?:-|$)/, 'unit'],
  [/^mid-[a-z]+/, 'month'],
];

/**
 * The trigger classes present in a run of tokens; empty when no time expression can start there.
 *
 * @example triggersOf(lexicon, tokens, 0, tokens.length) // Set { 'month', 'year' }
 */
export function triggersOf(
  lexicon: TriggerLexicon,
  tokens: readonly Token[],
  start: number,
  end: number,
): Set<Trigger> {
  const found = new Set<Trigger>();
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (!token) continue;
    const classes = lexicon.get(token.normal);
    if (classes) for (const c of classes) found.add(c);
    // Only tokens with a digit or a hyphen can have a shape worth testing.
    if (/[\d-]/.test(token.normal)) {
      for (const [shape, trigger] of SHAPES) if (shape.test(token.normal)) found.add(trigger);
    }
  }
  return found;
}
