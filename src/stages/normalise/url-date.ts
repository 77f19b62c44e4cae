import type { DatePrecision } from '../../model/index.js';
import { URL_DATES } from './data/url-dates.js';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** A date read from a URL. */
export interface UrlDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly rule: string;
  readonly words: string;
}

/**
 * The date an article's URL carries, from its path and query only (a host such as
 * "2012.hani.co.kr" says nothing about the article), or null.
 *
 * @example urlDate('https://www.upi.com/Top_News/World-News/2020/01/28/Russia-dodging/9971580226872/')?.value // '2020-01-28'
 */
export function urlDate(url: string): UrlDate | null {
  let where: string;
  try {
    const u = new URL(url);
    where = decodeURIComponent(u.pathname + u.search);
  } catch {
    return null;
  }
  const now = new Date().getUTCFullYear();
  for (const { name, pattern } of URL_DATES) {
    const m = pattern.exec(where);
    const g = m?.groups;
    if (!m || !g) continue;
    const y = Number(g['y']);
    const mo = g['mon'] ? MONTHS.indexOf(g['mon'].toLowerCase()) + 1 : Number(g['m']);
    const d = g['d'] === undefined ? undefined : Number(g['d']);
    if (y > now + 1 || mo < 1 || mo > 12) continue;
    if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())) continue;
    const ym = `${y}-${String(mo).padStart(2, '0')}`;
    const value = d === undefined ? ym : `${ym}-${String(d).padStart(2, '0')}`;
    return {
      value,
      precision: d === undefined ? 'month' : 'day',
      rule: name,
      words: m[0].replace(/^\//, ''),
    };
  }
  return null;
}
