import type { TimeWords } from './time-words.js';

/** A group's words as the lexicons key them: lower case, straight apostrophes, single spaces. */
export function low(s: string | undefined): string {
  if (s === undefined) return '';
  const w = s.toLowerCase();
  // Most words need nothing more; the regexes run only on the few that do.
  return /[’\s]/.test(w) ? w.replace(/’/g, "'").replace(/\s+/g, ' ') : w;
}

/** "24", "1,000", "two", "twenty-five", "a few" (null: vague); undefined when not a number. */
export function numberOf(s: string | undefined, words: TimeWords): number | null | undefined {
  const w = low(s);
  if (w === '') return undefined;
  if (/^[\d,]+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in words.numbers) return words.numbers[w] ?? null;
  const [tens, ones] = w.split('-');
  const t = words.numbers[tens ?? ''];
  const o = words.numbers[ones ?? ''];
  return typeof t === 'number' && typeof o === 'number' ? t + o : undefined;
}

export const ordinalOf = (s: string | undefined, words: TimeWords): number | undefined => {
  const w = low(s);
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  return digits ? Number(digits[1]) : words.ordinals[w];
};
