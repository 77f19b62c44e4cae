import type { Span } from '../../model/index.js';
import type { TimeWords } from './time-words.js';
import { numberOf } from './words.js';
import { makeAtom } from './reading.js';
import type { Atom } from './reading.js';

/** What the merges need, compiled once per configured stage. */
export interface Merges {
  readonly words: TimeWords;
  /** The first number of a range, at the end of the text before a duration ("between 12 and"). */
  readonly rangeStart: RegExp;
}

/** Compiles the merges' patterns. @example merges(words).rangeStart.test('between 12 and ') // true */
export function merges(words: TimeWords): Merges {
  const numbers = Object.keys(words.numbers).filter((w) => /^[a-z]+$/.test(w) && w !== 'a' && w !== 'an');
  const rangeStart = new RegExp(
    `(?<![\\w.,])(?<n>\\d+(?:\\.\\d+)?|${numbers.join('|')})\\s*(?<join>and|to|or|-|–)\\s*$`,
    'i',
  );
  return Object.freeze({ words, rangeStart });
}

/**
 * The first number of a range of durations is a duration of the same unit: "between 12 and 18
 * months" gives "12" (P12M) beside "18 months" (P18M), as TimeML annotates them.
 *
 * @example durationRangeStarts(merges(words), text, sentence.span, atoms) // adds "12" before "18 months"
 */
export function durationRangeStarts(
  merges: Merges,
  text: string,
  sentence: Span,
  atoms: readonly Atom[],
): Atom[] {
  const out: Atom[] = [];
  let floor = sentence.start;
  for (const atom of atoms) {
    const r = atom.reading;
    const from = Math.max(floor, atom.span.start - 24);
    const m =
      r.kind === 'duration' && r.amount !== null
        ? merges.rangeStart.exec(text.slice(from, atom.span.start))
        : null;
    const n = m?.groups?.['n'];
    const amount = numberOf(n, merges.words);
    if (m && n && typeof amount === 'number' && r.kind === 'duration') {
      const start = from + m.index + m[0].indexOf(n);
      // "and" makes a range only after "between" ("between 12 and 18 months").
      const between = /between\s+$/i.test(text.slice(Math.max(floor, start - 10), start));
      if (m.groups?.['join'] !== 'and' || between)
        out.push(makeAtom({ start, end: start + n.length }, 'duration-range-start', { ...r, amount }));
    }
    out.push(atom);
    floor = atom.span.end;
  }
  return out;
}

/**
 * A date without a year followed by "last year", "this year" or "next year" is one expression
 * whose year is named relative to the anchor: "Dec. 22 last year", "August last year".
 *
 * @example mergeRelativeYears(text, atoms) // "Dec. 22" + "last year" → one atom, yearShift −1
 */
export function mergeRelativeYears(text: string, atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    const b = atoms[i + 1];
    const r = a.reading;
    const y = b?.reading;
    const joinable =
      b &&
      r.kind === 'calendar' &&
      r.cal.year === undefined &&
      r.cal.month !== undefined &&
      r.cal.rel === undefined &&
      y?.kind === 'shift' &&
      y.unit === 'year' &&
      y.amount !== null &&
      b.rule === 'relative-unit' &&
      /^,?\s+(?:of\s+)?$/.test(text.slice(a.span.end, b.span.start));
    if (!joinable || !b || r.kind !== 'calendar' || y?.kind !== 'shift') {
      out.push(a);
      continue;
    }
    out.push({
      ...a,
      span: { start: a.span.start, end: b.span.end },
      rule: `${a.rule}+relative-year`,
      reading: { kind: 'calendar', cal: { ...r.cal, yearShift: y.amount ?? 0 } },
    });
    i++;
  }
  return out;
}
