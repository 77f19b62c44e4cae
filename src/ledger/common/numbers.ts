/**
 * Figures as language-neutral signals: "30,023" (English), "30.023" (German), "30 023"
 * (Russian) and "30023명" all give the key "30023". Numbers are among the few things a
 * translation keeps, which is why the mirror and story layers look at them.
 */

// A digit group with thousands separators (the same separator each time), or a plain number
// with an optional decimal part. Digits glued to letters ("2397호", "2017년") are found too.
const NUMBER = /\d{1,3}(?:([,.\u00a0\u202f ])\d{3}(?!\d))(?:\1\d{3}(?!\d))*|\d+(?:[.,]\d+)?/g;

/**
 * The numbers of a text, in order, as normalised keys (no separators; a decimal comma becomes a
 * dot).
 *
 * @example numberKeys('from 30,023 to 11.490 in 2018, or 99,9 %') // ['30023', '11490', '2018', '99.9']
 */
export function numberKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const key = m[1] !== undefined ? raw.replace(/[,.\u00a0\u202f ]/g, '') : raw.replace(',', '.');
    out.push(key.replace(/^0+(?=\d)/, ''));
  }
  return out;
}

/**
 * True for a figure that says something on its own: at least 100, not a plausible year, and not
 * a day or a small count. "30023", "2397" and "99.9" are distinctive; "2019", "22", "5" are not.
 *
 * @example isDistinctive('30023') // true
 * @example isDistinctive('2019') // false
 */
export function isDistinctive(key: string): boolean {
  const value = Number(key);
  if (!Number.isFinite(value)) return false;
  if (Number.isInteger(value) && value >= 1900 && value <= 2100) return false;
  return value >= 100 || (key.includes('.') && value >= 10);
}
