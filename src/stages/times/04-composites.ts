import type { Span } from '../../model/index.js';
import { NUMBER_WORDS } from './data/lexicon.js';
import { numberOf } from './interpret.js';
import type { Atom, Calendar } from './reading.js';
import type { TokenView } from './token-view.js';

const RANGE_JOIN = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;
const RANGE_BARE =
  /^\s*(?<join>to|through|until|till|-|–|—)\s*(?<n>\d{1,2}(?:st|nd|rd|th)?|\d{2,4})(?![\d:,.]\d|[A-Za-z])/i;
const OFFSET_JOIN =
  /^\s+(?<w>after|before|later than|earlier than|prior to|following|ahead of|from)\s+(?<det>(?:a|an|the|its|their|this|that|his|her)\s+)?$/i;

const NUMBER = Object.keys(NUMBER_WORDS).filter((w) => /^[a-z]+$/.test(w) && w !== 'a' && w !== 'an');
const RANGE_START = new RegExp(
  `(?<![\\w.,])(?<n>\\d+(?:\\.\\d+)?|${NUMBER.join('|')})\\s*(?<join>and|to|or|-|–)\\s*$`,
  'i',
);

const calOf = (a: Atom): Calendar | undefined => (a.reading.kind === 'calendar' ? a.reading.cal : undefined);

/**
 * Builds composite expressions from neighbouring atoms: intervals ("from Feb. 27 to 28",
 * "between 2009 and 2010", "2009-2010") and offsets from a date ("a day after a Dec. 22 sanctions
 * deadline"). Parts keep their own atoms; a bare day or year ending an interval becomes a new
 * atom that takes the missing fields from the start ("28" → Feb. 28).
 *
 * @example composites(text, sentence.span, atoms, view) // [..., { composite: { kind: 'range', ... } }]
 */
export function composites(text: string, sentence: Span, atoms: readonly Atom[], view: TokenView): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (!a) continue;
    const b = atoms[i + 1];
    const range = b ? rangeOf(text, a, b) : bareRange(text, sentence, a);
    if (range) {
      out.push(range);
      if (b && range.composite?.kind === 'range' && range.composite.to === b) i++;
      continue;
    }
    const offset = b ? offsetOf(text, a, b, view) : null;
    if (offset) {
      out.push(offset);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * The first number of a range of durations is a duration of the same unit: "between 12 and 18
 * months" gives "12" (P12M) beside "18 months" (P18M), as TimeML annotates them.
 *
 * @example durationRangeStarts(text, sentence.span, atoms) // adds "12" before "18 months"
 */
export function durationRangeStarts(text: string, sentence: Span, atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  let floor = sentence.start;
  for (const atom of atoms) {
    const r = atom.reading;
    const from = Math.max(floor, atom.span.start - 24);
    const m =
      r.kind === 'duration' && r.amount !== null ? RANGE_START.exec(text.slice(from, atom.span.start)) : null;
    const n = m?.groups?.['n'];
    const amount = numberOf(n);
    if (m && n && typeof amount === 'number' && r.kind === 'duration') {
      const start = from + m.index + m[0].indexOf(n);
      // "and" makes a range only after "between" ("between 12 and 18 months").
      const between = /between\s+$/i.test(text.slice(Math.max(floor, start - 10), start));
      if (m.groups?.['join'] !== 'and' || between)
        out.push({
          span: { start, end: start + n.length },
          rule: 'duration-range-start',
          reading: { ...r, amount },
        });
    }
    out.push(atom);
    floor = atom.span.end;
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
  const from = ca.year === undefined && cb.year !== undefined ? withYear(a, ca, cb) : a;
  return {
    span: { start: a.span.start, end: b.span.end },
    rule: 'range',
    reading: from.reading,
    composite: { kind: 'range', from, to: b },
  };
}

/** "from December to March 2013": the start takes the year of the end (the year before when later). */
function withYear(a: Atom, ca: Calendar, cb: Calendar): Atom {
  const year = (cb.year ?? 0) - ((ca.month ?? 0) > (cb.month ?? 13) ? 1 : 0);
  return { ...a, reading: { kind: 'calendar', cal: { ...ca, year } } };
}

/** An interval whose end is a bare number: "Feb. 27 to 28", "2009-10". */
function bareRange(text: string, sentence: Span, a: Atom): Atom | null {
  const ca = calOf(a);
  if (!ca) return null;
  const m = RANGE_BARE.exec(text.slice(a.span.end, Math.min(sentence.end, a.span.end + 16)));
  const n = m?.groups?.['n'];
  if (!m || !n) return null;
  const start = a.span.end + m[0].length - n.length;
  const value = parseInt(n, 10);
  let cal: Calendar | null = null;
  const dash = /^[-–—]$/.test(m.groups?.['join'] ?? '');
  if (ca.day !== undefined && value >= 1 && value <= 31 && value > ca.day && n.length <= 2) {
    const { weekday: _weekday, ...rest } = ca;
    cal = { ...rest, day: value };
  } else if (ca.year !== undefined && ca.month === undefined && ca.rel === undefined) {
    // "2009-10" and "2009-2010": a two-digit end (after a dash only) takes the century of the start.
    const year =
      n.length === 2 && dash ? Math.floor(ca.year / 100) * 100 + value : n.length === 4 ? value : NaN;
    if (year > ca.year && year - ca.year < 100) cal = { year };
  }
  if (!cal) return null;
  const to: Atom = {
    span: { start, end: start + n.length },
    rule: 'range-end',
    reading: { kind: 'calendar', cal },
  };
  return {
    span: { start: a.span.start, end: to.span.end },
    rule: 'range',
    reading: a.reading,
    composite: { kind: 'range', from: a, to },
  };
}

/** "now" and "today": an offset from them ("eight years from now") counts from the anchor. */
const isNow = (a: Atom) =>
  (a.reading.kind === 'ref' && a.reading.ref === 'PRESENT_REF') ||
  (a.reading.kind === 'shift' &&
    a.reading.unit === 'day' &&
    a.reading.amount === 0 &&
    a.reading.part === undefined);

function offsetOf(text: string, d: Atom, b: Atom, view: TokenView): Atom | null {
  if (d.reading.kind !== 'duration' || d.reading.amount === null) return null;
  if (b.reading.kind !== 'calendar' && !isNow(b)) return null;
  const m = OFFSET_JOIN.exec(text.slice(d.span.end, b.span.start));
  if (!m?.groups?.['w']) return null;
  // "from" counts only from now ("eight years from now"); "two years from 2010 to 2012" is a span.
  if (/^from$/i.test(m.groups['w']) && !isNow(b)) return null;
  const sign = /after|later|following|from/i.test(m.groups['w']) ? 1 : -1;
  let end = b.span.end;
  // "a Dec. 22 sanctions deadline": the date modifies a noun; the phrase runs to its head noun.
  if (m.groups['det'] && b.reading.kind === 'calendar') {
    for (let k = 0, t = view.after(end); k < 3 && t && t.pos === 'NOUN'; k++, t = view.after(end))
      end = t.span.end;
  }
  return {
    span: { start: d.span.start, end },
    rule: 'offset',
    reading: b.reading,
    composite: { kind: 'offset', duration: d, base: b, sign },
  };
}
