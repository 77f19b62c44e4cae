import type { TimexMod } from '../../model/index.js';
import type { TimeWords } from '../../lexicon/index.js';
import type { Anchor } from './calendar.js';

/** A time the language's own words name: a month, a year, a year relative to the publication. */
export interface WordTime {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly granularity: 'month' | 'year';
  readonly mod?: TimexMod;
  /** The year shift of "letzten Jahres" / "этого года" (needs an anchor), null for an absolute year. */
  readonly relative: boolean;
  readonly rule: string;
}

/**
 * Compiles the time rules chrono lacks, from a language's lexicon data: a month name with an
 * optional year ("im Dezember", "Ende Dezember 2019", "в декабре"), a year ("bis Ende 2019",
 * "в 2019 году") and a year named relative to the publication ("Ende letzten Jahres", "этого
 * года"), each with the part of the period a word before it takes ("Ende" → END, "к концу" → END).
 *
 * @example wordTimes(de.reading.time, months)('bis Ende 2019', anchor) // [{ value: '2019', mod: 'END', ... }]
 */
export function wordTimes(
  words: TimeWords,
  months: ReadonlyMap<string, number>,
): (text: string, anchor: Anchor | null) => WordTime[] {
  const alt = (xs: Iterable<string>) =>
    [...xs]
      .sort((a, b) => b.length - a.length)
      .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|');
  const part = `(?:(${alt(Object.keys(words.parts))})\\s+)?`;
  const yearWord = words.yearWords.length ? `(?:\\s+(?:${alt(words.yearWords)})(?![\\p{L}]))?` : '';
  const month = new RegExp(
    `(?<![\\p{L}\\d.])${part}(${alt(months.keys())})(?:\\s+((?:19|20)\\d\\d)${yearWord})?(?![\\p{L}\\d])`,
    'giu',
  );
  const year = new RegExp(
    `(?<![\\p{L}\\d.,])${part}((?:19|20)\\d\\d)${yearWord}(?![\\p{L}\\d]|[.,]\\d)`,
    'giu',
  );
  const relative = new RegExp(`(?<![\\p{L}])${part}(${alt(Object.keys(words.years))})(?![\\p{L}])`, 'giu');
  // A bare year needs a signal or a year word before it: "bis 2019", "im Jahr 2019", "в 2019".
  const yearBefore = new RegExp(
    `(?:^|[^\\p{L}])(?:${alt([...words.signals, ...words.yearWords])})\\s+$`,
    'iu',
  );
  const modOf = (w: string | undefined) => (w ? words.parts[w.toLowerCase()] : undefined);

  return (text, anchor) => {
    const out: WordTime[] = [];
    for (const m of text.matchAll(month)) {
      const n = months.get((m[2] ?? '').toLowerCase()) ?? 0;
      const y = m[3] ?? (anchor ? String(nearestYear(anchor, n)) : 'XXXX');
      const mod = modOf(m[1]);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: `${y}-${String(n).padStart(2, '0')}`,
        granularity: 'month',
        ...(mod ? { mod } : {}),
        relative: !m[3],
        rule: m[3] ? 'lexicon-month-year' : 'lexicon-month',
      });
    }
    for (const m of text.matchAll(year)) {
      // A bare four-digit figure is a year only with a part word or a year word ("Ende 2019", "2019 года").
      const mod = modOf(m[1]);
      if (!mod && m[0].trim() === m[2]) {
        const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
        if (!yearBefore.test(before)) continue;
      }
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: m[2] ?? '',
        granularity: 'year',
        ...(mod ? { mod } : {}),
        relative: false,
        rule: 'lexicon-year',
      });
    }
    for (const m of text.matchAll(relative)) {
      const shift = words.years[(m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
      const mod = modOf(m[1]);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: anchor ? String(anchor.year + shift) : 'XXXX',
        granularity: 'year',
        ...(mod ? { mod } : {}),
        relative: true,
        rule: 'lexicon-relative-year',
      });
    }
    return out;
  };
}

/** The year of a month named without one: the latest such month not after the publication's month, or the next when only a little after. */
export function nearestYear(anchor: Anchor, month: number): number {
  if (anchor.month === undefined) return anchor.year;
  // News names past months far more often; a month up to two ahead is this year's.
  return month > anchor.month + 2 ? anchor.year - 1 : anchor.year;
}
