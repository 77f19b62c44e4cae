import type { DatePrecision } from '../../model/index.js';
import type { Para } from './01-paragraphs.js';

/** The `date YYYY-MM-DD` header some plain-text exports put before the article. */
export interface Header {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly words: string;
}

const HEADER = /^date:?\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?(?=\s|$)\s*/i;

/**
 * Takes the `date` header off the first paragraph: it is metadata, not article text (in
 * seed-000 it prefixes the first line: ` date 2019-02-07 North Korean laborers ...`).
 *
 * @example takeHeader([{ text: 'date 2019-02-07 North Korean...' }]).header?.value // '2019-02-07'
 */
export function takeHeader(paras: readonly Para[]): { paras: Para[]; header: Header | null } {
  const first = paras[0];
  const m = first && !first.hint ? HEADER.exec(first.text) : null;
  if (!first || !m) return { paras: [...paras], header: null };
  const [, y, mo, d, h, mi] = m;
  const precision: DatePrecision = h ? 'time' : d ? 'day' : 'month';
  const value = `${y}-${mo}${d ? `-${d}` : ''}${h ? `T${h}:${mi}` : ''}`;
  const rest = first.text.slice(m[0].length);
  const header = { value, precision, words: m[0].trim() };
  return { paras: rest ? [{ text: rest }, ...paras.slice(1)] : paras.slice(1), header };
}
