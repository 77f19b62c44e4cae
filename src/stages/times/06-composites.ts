import type { Span } from '../../model/index.js';
import { offsetOf } from './05-offsets.js';
import { makeAtom } from './reading.js';
import type { Atom, Calendar } from './reading.js';
import type { TokenView } from './token-view.js';

const RANGE_JOIN = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;
/** "to 28", "-28, 2019", "-10" after a date or a year. */
const RANGE_BARE =
  /^\s*(?<join>to|through|until|till|-|–|—)\s*(?<n>\d{1,2}(?:st|nd|rd|th)?|\d{4})(?![\d:.]\d|[A-Za-z])(?:,?\s(?<year>(?:1[5-9]|20|21)\d\d)(?!\d))?/i;

const calOf = (a: Atom): Calendar | undefined => (a.reading.kind === 'calendar' ? a.reading.cal : undefined);

/**
 * Builds composite expressions from neighbouring atoms: intervals ("from Feb. 27 to 28",
 * "February 27-28, 2019", "between 2009 and 2010", "2009-10") and offsets from a date ("a day
 * after a Dec. 22 sanctions deadline"). Parts keep their own atoms; a bare day or year ending an
 * interval becomes a new atom that takes the missing fields from the start ("28" → Feb. 28).
 *
 * @example composites(text, sentence.span, atoms, view) // [..., { composite: { kind: 'range', ... } }]
 */
export function composites(text: string, sentence: Span, atoms: readonly Atom[], view: TokenView): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    const b = atoms[i + 1];
    const made =
      (b && (rangeOf(text, a, b) ?? offsetOf(text, a, b, view))) || bareRange(text, sentence, a, view);
    if (!made) {
      out.push(a);
      continue;
    }
    out.push(made);
    // Atoms the composite swallowed ("2019" of "February 27-28, 2019") are its parts now.
    while (atoms[i + 1] && (atoms[i + 1]?.span.start ?? 0) < made.span.end) i++;
  }
  return out;
}

function rangeOf(text: string, a: Atom, b: Atom): Atom | null {
  const ca = calOf(a);
  const cb = calOf(b);
  if (!ca || !cb) return null;
  const between = text.slice(a.span.end, b.span.start);
  if (!RANGE_JOIN.test(between)) return null;
  // "and" joins an interval only after "between" ("between 2009 and 2010").
  if (/and/i.test(between) && !/between\s+$/i.test(text.slice(Math.max(0, a.span.start - 9), a.span.start)))
    return null;
  const from = ca.year === undefined && cb.year !== undefined ? withYear(a, ca, cb.year, cb.month) : a;
  return makeAtom({ start: a.span.start, end: b.span.end }, 'range', from.reading, undefined, {
    kind: 'range',
    from,
    to: b,
  });
}

/** "from December to March 2013": the start takes the year of the end (the year before when later). */
function withYear(a: Atom, ca: Calendar, year: number, endMonth: number | undefined): Atom {
  const before = (ca.month ?? 0) > (endMonth ?? 13) ? 1 : 0;
  return { ...a, reading: { kind: 'calendar', cal: { ...ca, year: year - before } } };
}

/** An interval whose end is a bare number: "Feb. 27 to 28", "February 27-28, 2019", "2009-10". */
function bareRange(text: string, sentence: Span, a: Atom, view: TokenView): Atom | null {
  const ca = calOf(a);
  if (!ca) return null;
  const m = RANGE_BARE.exec(text.slice(a.span.end, Math.min(sentence.end, a.span.end + 24)));
  const n = m?.groups?.['n'];
  if (!m || !n) return null;
  const start = a.span.end + m[0].indexOf(n, m[0].search(/\d/));
  const value = parseInt(n, 10);
  const tail = m.groups?.['year'];
  const dash = /^[-–—]$/.test(m.groups?.['join'] ?? '');
  let from = a;
  let cal: Calendar | null = null;
  if (
    ca.day !== undefined &&
    value >= 1 &&
    value <= 31 &&
    value > ca.day &&
    n.length <= 4 &&
    !/^\d{4}$/.test(n)
  ) {
    const { weekday: _weekday, ...rest } = ca;
    const year = tail && ca.year === undefined ? Number(tail) : ca.year;
    cal = year === undefined ? { ...rest, day: value } : { ...rest, day: value, year };
    if (year !== undefined && ca.year === undefined) from = withYear(a, ca, year, ca.month);
  } else if (ca.year !== undefined && ca.month === undefined && ca.rel === undefined && !tail) {
    // "2009-10" and "2009-2010": a two-digit end (after a dash only) takes the century of the start.
    const year =
      n.length === 2 && dash ? Math.floor(ca.year / 100) * 100 + value : n.length === 4 ? value : NaN;
    if (year > ca.year && year - ca.year < 100) cal = { year };
  }
  const end = start + n.length;
  // "from the 9th to 10 flights a week": a number that counts something ends no interval.
  const next = view.after(end);
  if (!cal || (next && !tail && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM')))
    return null;
  const to = makeAtom({ start, end }, 'range-end', { kind: 'calendar', cal });
  const whole = tail && cal.year !== undefined ? a.span.end + m[0].length : end;
  return makeAtom({ start: a.span.start, end: whole }, 'range', from.reading, undefined, {
    kind: 'range',
    from,
    to,
  });
}
