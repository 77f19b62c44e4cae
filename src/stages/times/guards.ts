import type { Guard } from './data/rules.js';
import { AUXILIARIES, LABEL_WORDS, QUANTITY_WORDS, TIME_PREPOSITIONS } from './data/context.js';
import type { TokenView } from './token-view.js';
import type { Fields } from './fields.js';

/** What a guard sees: the match, its named groups, the article text and the sentence's tokens. */
export interface GuardContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly groups: Readonly<Fields>;
  readonly view: TokenView;
  readonly sentenceStart: number;
}

type GuardFn = (c: GuardContext) => boolean;

const word = (c: GuardContext, dir: 'before' | 'after') =>
  (dir === 'before' ? c.view.before(c.start) : c.view.after(c.end))?.normal ?? '';

const isPlural = (normal: string, lemma: string) => normal !== lemma && normal.endsWith('s');

/**
 * Bare months: "May" and "March" are words too, and a month directly before a name is often a
 * name ("April Ryan"); a preposition, a modifier or a relative word before makes it a month.
 */
const month: GuardFn = (c) => {
  if (c.groups['rel']) return true;
  const before = word(c, 'before');
  if (TIME_PREPOSITIONS.has(before) || before === '-' || before === 'mid-') return true;
  const name = (c.groups['month'] ?? '').toLowerCase();
  if (name === 'may' || name === 'march') return false;
  const next = c.view.after(c.end);
  return !(next && next.pos === 'PROPN' && c.text[c.end] === ' ');
};

/**
 * Four-digit numbers: a year unless a label word comes before ("Resolution 2087"), or it counts
 * something ("about 2000 workers", "1500 people") with no preposition or determiner to make it
 * a year ("the 2018 elections", "in 2018").
 */
const year: GuardFn = (c) => {
  const before = c.view.before(c.start);
  const after = c.view.after(c.end);
  const prev = before?.normal ?? '';
  if (LABEL_WORDS.has(prev)) return false;
  if (after && (after.normal === '%' || after.normal === 'percent' || after.normal === 'per')) return false;
  // Directly glued to a digit or currency on either side: part of a bigger figure.
  if (/[\d$€£.,]/.test(c.text[c.start - 1] ?? '') && c.text[c.start - 1] !== ',') return false;
  if (/^[.,]\d/.test(c.text.slice(c.end, c.end + 2))) return false;
  const counts = after !== undefined && after.pos === 'NOUN' && isPlural(after.normal, after.lemma);
  if (QUANTITY_WORDS.has(prev)) return !counts && after?.pos !== 'NOUN';
  if (counts) return before?.pos === 'DET' || before?.pos === 'ADP' || prev === "'s";
  return true;
};

/** Seasons: a relative word, a year or a preposition must make it a season ("the fall of Saigon" is not). */
const season: GuardFn = (c) => {
  if (c.groups['rel'] || c.groups['year']) return true;
  let before = c.view.before(c.start);
  if (before?.normal === 'the') before = c.view.before(before.span.start);
  const after = word(c, 'after');
  if (after === 'of') return false;
  return TIME_PREPOSITIONS.has(before?.normal ?? '');
};

/**
 * References: "now-defunct" is not now, and "the past"/"the future" of something are not times.
 * "will now begin on Friday": "now" between a future auxiliary and its verb marks a changed plan,
 * not the time of the act.
 */
const ref: GuardFn = (c) => {
  const next = c.text[c.end] ?? '';
  if (next === '-') return false;
  const r = (c.groups['ref'] ?? '').toLowerCase();
  if (r === 'now') {
    const before = c.view.before(c.start);
    const after = c.view.after(c.end);
    if (before && AUXILIARIES[before.normal] === 'future' && (after?.pos === 'VERB' || after?.pos === 'AUX'))
      return false;
  }
  if (r.startsWith('the ')) {
    const after = c.view.after(c.end);
    if (
      after &&
      (after.normal === 'of' || after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'NUM')
    )
      return false;
  }
  return true;
};

/** Durations: "a second summit" and "a quarter of" are not lengths of time; nor is "some day". */
const duration: GuardFn = (c) => {
  const unit = (c.groups['unit'] ?? '').toLowerCase();
  const amount = (c.groups['amount'] ?? '').toLowerCase();
  const digits = /^\d/.test(amount);
  if ((unit === 'second' || unit === 'quarter' || unit === 'minute') && !digits) return false;
  if (unit === 'quarter' && word(c, 'after') === 'of') return false;
  const vague = /^(?:a few|few|several|many|some|numerous|a number of|dozens of|hundreds of)$/.test(amount);
  if (vague && !unit.endsWith('s')) return false;
  if (/^the /i.test(c.text.slice(c.start, c.end)) && !digits && !/^[a-z]+$/.test(amount)) return false;
  // Ages are not times: "ages 6 months and older", "58 years old".
  const next = c.view.after(c.end);
  const then = next ? c.view.after(next.span.end) : undefined;
  if (
    next &&
    (next.normal === 'old' || next.normal === 'older' || (next.normal === 'and' && then?.normal === 'older'))
  )
    return false;
  return !/^(?:ages?|aged)$/.test(word(c, 'before'));
};

/** "On the 6th", "from the 9th": a day of the month unless a noun follows ("the 6th floor"). */
const bareDay: GuardFn = (c) => {
  const day = parseInt(c.groups['day'] ?? '', 10);
  if (!(day >= 1 && day <= 31)) return false;
  const after = c.view.after(c.end);
  return !(after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.normal === 'of'));
};

/** 24-hour clock times: "3:07:35" is a race time and "2:1" a score; ours have no seconds. */
const clock: GuardFn = (c) => !/:\d/.test(c.text.slice(c.start, c.end).replace(/^\d{1,2}:\d\d/, ''));

/** "Daily" in "Daily NK" or "People's Daily" is a name: capitalised only to start a sentence. */
const recurrence: GuardFn = (c) => {
  const first = c.text[c.start] ?? '';
  if (first === first.toLowerCase()) return true;
  return c.start === c.sentenceStart && c.view.after(c.end)?.pos !== 'PROPN';
};

/** "$500 million a year", "two flights a week": a rate after a quantity, not a length of time. */
const perUnit: GuardFn = (c) => {
  const before = c.view.before(c.start);
  if (!before) return false;
  return (
    before.pos === 'NUM' ||
    before.normal === '%' ||
    (before.pos === 'NOUN' && isPlural(before.normal, before.lemma))
  );
};

/** "the weekend" is a date after "over" or "during" ("over the weekend the list grew"), not in "the weekend shift". */
const theWeekend: GuardFn = (c) => /^(?:over|during)$/.test(word(c, 'before'));

const GUARDS: Readonly<Record<Guard, GuardFn>> = {
  month,
  year,
  season,
  ref,
  duration,
  'bare-day': bareDay,
  clock,
  recurrence,
  'per-unit': perUnit,
  'the-weekend': theWeekend,
};

const isCapital = (word: string | undefined) => {
  const c = word?.charCodeAt(0) ?? 65;
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
};

/**
 * Names are capitalised: the rules match in any case, so "may" and "march" (verbs) and "sunday"
 * are turned away here. Numeric months ("3/22/2013") pass.
 *
 * @example capitalised(fieldsOf({ month: 'may' })) // false
 */
export function capitalised(groups: Readonly<Fields>): boolean {
  return isCapital(groups.month) && isCapital(groups.weekday) && isCapital(groups.holiday);
}

/** Runs a rule's guard (true when the rule has none). */
export function passes(guard: Guard | undefined, context: GuardContext): boolean {
  return guard === undefined || GUARDS[guard](context);
}
