import * as chrono from 'chrono-node';
import type { Article, Granularity, TimeExpression, TimexMod } from '../../model/index.js';
import type { LanguageData, Lexicon } from '../../lexicon/index.js';
import { formatDay, isoWeek, parseAnchor } from './calendar.js';
import type { Anchor } from './calendar.js';
import { nearestYear, wordTimes } from './lang-rules.js';

/** chrono's parsers for the languages it reads besides English. */
const CHRONO: Readonly<Record<string, chrono.Chrono>> = { de: chrono.de.casual, ru: chrono.ru.casual };

interface Found {
  start: number;
  end: number;
  value: string;
  granularity: Granularity;
  mod?: TimexMod;
  anchored: boolean;
  rule: string;
}

/** Reads the time expressions of one article in a language other than English. */
export type LanguageTimes = (article: Article, stage: string) => TimeExpression[];

/**
 * Time expressions of the languages the lexicon gives reading data for, by chrono's parser of
 * that language (dates, weekdays, "heute", "вчера", "letzte Woche") and the language's own words
 * for what chrono lacks (month names alone, years, "Ende letzten Jahres", "к концу декабря").
 * Relative expressions are resolved against the publication date, and left `XXXX…` without one.
 *
 * @example languageTimes(createLexicon()).get('de')?.(article, 'times')
 */
export function languageTimes(lexicon: Lexicon): ReadonlyMap<string, LanguageTimes> {
  const out = new Map<string, LanguageTimes>();
  for (const language of lexicon.languages) {
    if (!language.reading || language.code === 'en') continue;
    out.set(language.code, reader(language, lexicon, CHRONO[language.code] ?? null));
  }
  return out;
}

function reader(language: LanguageData, lexicon: Lexicon, parser: chrono.Chrono | null): LanguageTimes {
  const reading = language.reading!;
  const months = new Map(
    lexicon.calendar.monthWords
      .filter((w) => w.language === language.code)
      .map((w) => [w.spelling, w.number]),
  );
  const words = wordTimes(reading.time, months);
  const signals = [...reading.time.signals].sort((a, b) => b.length - a.length);
  return (article, stage) => {
    const anchor = parseAnchor(article.published.value);
    const out: TimeExpression[] = [];
    for (const sentence of article.sentences ?? []) {
      const text = article.text.slice(sentence.span.start, sentence.span.end);
      const found = [...fromChrono(parser, text, anchor), ...words(text, anchor).map(wordFound)];
      for (const f of chooseLongest(joinYears(found, text))) {
        const start = sentence.span.start + f.start;
        const end = sentence.span.start + f.end;
        const signal = signalBefore(article.text, start, signals);
        out.push({
          kind: 'time',
          id: `t${out.length + 1}`,
          text: article.text.slice(start, end),
          type: 'DATE',
          value: f.value,
          granularity: f.granularity,
          ...(f.mod ? { mod: f.mod } : {}),
          ...(signal ? { signal } : {}),
          anchor:
            f.anchored && anchor
              ? { kind: 'publication', value: anchor.value }
              : { kind: 'none', value: null },
          span: { start, end },
          stage,
          rule: f.rule,
          confidence: f.value.startsWith('X') ? 0.5 : f.anchored ? 0.8 : 0.9,
        });
      }
    }
    return out;
  };
}

function wordFound(w: ReturnType<ReturnType<typeof wordTimes>>[number]): Found {
  return { ...w, anchored: w.relative };
}

/** chrono's readings of one sentence, at the precision the text gives. */
function fromChrono(parser: chrono.Chrono | null, text: string, anchor: Anchor | null): Found[] {
  if (!parser) return [];
  const ref = anchor
    ? new Date(Date.UTC(anchor.year, (anchor.month ?? 7) - 1, anchor.day ?? 1, 12))
    : new Date(0);
  const dayAnchor = anchor?.day !== undefined;
  const out: Found[] = [];
  for (const parsed of parser.parse(text, { instant: ref, timezone: 0 })) {
    const r = cleaned(parser, parsed, ref);
    if (!r) continue;
    const start = r.start;
    const known = (k: chrono.Component) => start.isCertain(k);
    const tags = r.tags();
    const relative = [...tags].some((t) => t.startsWith('casualReference') || t === 'result/relativeDate');
    const at = { start: r.index, end: r.index + r.text.length };
    const y = start.get('year') ?? 0;
    const m = start.get('month') ?? 0;
    const d = start.get('day') ?? 0;
    const day = formatDay({ year: y, month: m, day: d });
    if (!known('day') && !known('month') && !known('weekday') && !known('year')) continue;
    if (relative || (known('weekday') && !known('day'))) {
      // "heute", "am Mittwoch", "letzte Woche": only a day-precise publication date resolves them.
      const week = /woche|недел/iu.test(r.text);
      const weekday = start.get('weekday') ?? 0;
      const value = !dayAnchor
        ? week
          ? 'XXXX-WXX'
          : known('weekday') && !relative
            ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}`
            : 'XXXX-XX-XX'
        : week
          ? formatWeek(y, m, d)
          : day;
      out.push({
        ...at,
        value,
        granularity: week ? 'week' : 'day',
        anchored: true,
        rule: `chrono-${relative ? 'relative' : 'weekday'}`,
      });
      continue;
    }
    // A day or month without its year: the year that puts it before the publication, or just after.
    const guess = anchor ? String(nearestYear(anchor, m)) : 'XXXX';
    if (known('day') && known('month')) {
      const year = known('year') ? String(y) : guess;
      out.push({
        ...at,
        value: `${year}${day.slice(4)}`,
        granularity: 'day',
        anchored: !known('year'),
        rule: 'chrono-date',
      });
    } else if (known('month')) {
      const year = known('year') ? String(y) : guess;
      out.push({
        ...at,
        value: `${year}-${String(m).padStart(2, '0')}`,
        granularity: 'month',
        anchored: !known('year'),
        rule: 'chrono-month',
      });
    } else if (known('year')) {
      out.push({ ...at, value: String(y), granularity: 'year', anchored: false, rule: 'chrono-year' });
    }
  }
  return out;
}

/**
 * A chrono result trimmed to the time itself: without a preposition before it ("am", "в"),
 * punctuation after it, a figure's tail read as a clock time ("30.023 am 31. Dezember") or a
 * two-digit figure read as a year ("6. Dezember 47 Mitgliedsländer"); of a range whose start
 * is a length ("für zwei Wochen bis zum 20. Dezember"), the end.
 */
function cleaned(parser: chrono.Chrono, r: chrono.ParsedResult, ref: Date): chrono.ParsedResult | null {
  const lead = /^(?:\d+\s*(?:am|pm)\s+)?(?:(?:am|im|an|um|в|во|на)\s+)?/iu.exec(r.text)?.[0] ?? '';
  const tail = /[\s,.;:)]+$/u.exec(r.text.slice(lead.length))?.[0] ?? '';
  let text = r.text.slice(lead.length, r.text.length - tail.length);
  if (/\d{1,2}\.?\s+\p{L}+\.?\s+\d{2}$/u.test(text)) text = text.replace(/\s+\d{2}$/u, '');
  const range = /\s(?:bis(?:\s+zu[mr])?|до|по)\s/iu.exec(text);
  if (r.end && range && r.tags().has('result/relativeDate')) {
    const from = r.index + lead.length + range.index + range[0].length;
    const again = parser.parse(text.slice(range.index + range[0].length), { instant: ref, timezone: 0 })[0];
    return again ? cleaned(parser, Object.assign(again, { index: from + again.index }), ref) : null;
  }
  if (text === r.text) return r;
  const again = parser.parse(text, { instant: ref, timezone: 0 })[0];
  if (!again || again.index !== 0) return null;
  return Object.assign(again, { index: r.index + lead.length });
}

function formatWeek(year: number, month: number, day: number): string {
  const w = isoWeek({ year, month, day });
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** "22. März dieses Jahres", "в декабре прошлого года": a day or month without a year takes the year after it. */
function joinYears(found: readonly Found[], text: string): Found[] {
  const out = [...found];
  for (const f of found) {
    if (f.granularity !== 'day' && f.granularity !== 'month') continue;
    const year = found.find(
      (y) =>
        y.granularity === 'year' && !y.mod && y.start >= f.end && /^\s*$/.test(text.slice(f.end, y.start)),
    );
    if (!year) continue;
    out.push({
      ...f,
      end: year.end,
      value: `${year.value}${f.value.slice(4)}`,
      anchored: year.anchored,
      rule: `${f.rule}+year`,
    });
  }
  return out;
}

/** The longest of overlapping readings, in text order. */
function chooseLongest(found: readonly Found[]): Found[] {
  const chosen: Found[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.some((c) => c.start < f.end && f.start < c.end)) continue;
    chosen.push(f);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The signal word just before a time ("bis", "seit", "к", "до"), with its span. */
function signalBefore(text: string, start: number, signals: readonly string[]) {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  for (const s of signals) {
    const m = new RegExp(`(?:^|[^\\p{L}])(${s.replace(/ /g, '\\s+')})\\s+$`, 'u').exec(before);
    if (m?.[1]) {
      const end = start - (before.length - m.index - m[0].length) - (m[0].length - m[0].trimEnd().length);
      const from = end - m[1].length;
      return { text: text.slice(from, end), span: { start: from, end } };
    }
  }
  return null;
}
