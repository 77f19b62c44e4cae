import type { Published } from '../../src/model/index.js';
import type { GoldPublished } from './load.js';

/**
 * Publication dates. Scored on the documents whose text states a date (`published.value`): the
 * system's date, at day precision, must be that day (a month or a year alone is wrong). On the
 * others (the gold has only a `best_guess` from the URL, weekday clues or world knowledge) the
 * system is wrong only when it gives a date that cannot be the best guess: "unknown" is not
 * wrong there, a URL date in the guessed interval is right.
 */
export type DateOutcome = 'right' | 'wrong' | 'unknown';

/** The first and last day an ISO date or interval at any precision covers ("2023-11" → 11-01..11-30). */
export function daysOf(value: string): [string, string] {
  const [a = value, b = a] = value.split('/');
  return [firstDay(a), lastDay(b)];
}

function firstDay(v: string): string {
  const day = v.slice(0, 10);
  return day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
}

function lastDay(v: string): string {
  const day = v.slice(0, 10);
  if (day.length === 4) return `${day}-12-31`;
  if (day.length !== 7) return day;
  const [y, m] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${day}-${String(last).padStart(2, '0')}`;
}

/**
 * The outcome for one document.
 *
 * @example dateOutcome({ value: '2023-11-24', ... }, { value: '2023-11-24' }) // 'right'
 */
export function dateOutcome(system: Published, gold: GoldPublished): DateOutcome {
  const value = system.value;
  if (gold.value !== null) {
    if (value === null) return 'unknown';
    return value.slice(0, 10) === gold.value ? 'right' : 'wrong';
  }
  if (value === null || gold.bestGuess === undefined) return 'unknown';
  const [sa, sb] = daysOf(value);
  const [ga, gb] = daysOf(gold.bestGuess);
  if (value.length >= 10) return sa >= ga && sa <= gb ? 'right' : 'wrong';
  // A month or a year: not wrong when it holds the guess, but no day either.
  return sa <= gb && ga <= sb ? 'unknown' : 'wrong';
}
