import { message } from '../../model/index.js';
import type { DatePrecision, Message, Published } from '../../model/index.js';
import { dateClaims } from './date-claims.js';
import type { Claim } from './date-claims.js';
import type { DateSources } from './date-claims.js';
import type { YearInference } from './infer-year.js';
import type { Rules } from './rules.js';
import { STAGE } from './stage-name.js';

export type { DateSources } from './date-claims.js';

const LENGTH: Readonly<Record<DatePrecision, number>> = { year: 4, month: 7, day: 10, time: 16 };
const MONTH_NAMES = 'Jan.|Feb.|March|April|May|June|July|Aug.|Sept.|Oct.|Nov.|Dec.'.split('|');

/**
 * When the article was published. Sources rank metadata (the container's date, the `date`
 * header) over the URL over the text's dateline or date line; agreeing sources are named in the
 * evidence and may refine the value (a dateline's time of day), disagreeing ones are named and
 * warned about. A dateline without a year gets one inferred from the dates the article mentions.
 * With nothing to go on, the date is unknown, with a warning: never a silent "today".
 *
 * @example published(rules, years, { source, meta, header, found, prose }).published.value
 */
export function published(
  rules: Rules,
  years: YearInference,
  s: DateSources,
): { published: Published; messages: Message[] } {
  const messages: Message[] = [];
  const warn = (ruleId: string, reason: string) =>
    messages.push(message('warning', reason, { ruleId, stage: STAGE, source: s.source }));
  const { claims, partial, unreadable } = dateClaims(rules, s);
  if (unreadable) warn('meta-date-unreadable', `the date in ${unreadable} could not be read`);
  const best = localDay(claims);
  if (best?.rule === 'revision-date')
    warn('published-revision', `no publication date: the page is dated by its last revision, ${best.words}`);
  if (best) {
    let value = best.value;
    let precision = best.precision;
    const notes: string[] = [best.words];
    for (const other of claims.filter((c) => c !== best)) {
      const common = Math.min(LENGTH[precision], LENGTH[other.precision]);
      if (value.slice(0, common) === other.value.slice(0, common)) {
        const finer = LENGTH[other.precision] > LENGTH[precision];
        notes.push(
          `${other.words} agrees${finer ? ` and gives the ${other.precision === 'time' ? 'time' : other.precision}` : ''}`,
        );
        if (finer) [value, precision] = [other.value, other.precision];
      } else {
        notes.push(`${other.words} says ${other.value}`);
        warn(
          'published-disagree',
          `publication dates disagree: ${best.words} says ${best.value}, ${other.words} says ${other.value}; kept ${best.value} (${best.how} outranks ${other.how})`,
        );
      }
    }
    if (partial) {
      const md = `${pad(partial.month)}-${pad(partial.day)}`;
      const agrees =
        precision === 'year' ||
        value.slice(5, precision === 'month' ? 7 : 10) === md.slice(0, precision === 'month' ? 2 : 5);
      if (agrees) {
        notes.push(`${partial.words} agrees`);
        if (precision === 'year' || precision === 'month')
          [value, precision] = [`${value.slice(0, 4)}-${md}`, 'day'];
      } else {
        notes.push(`${partial.words} says ${MONTH_NAMES[partial.month - 1]} ${partial.day}`);
        warn(
          'published-disagree',
          `publication dates disagree: ${best.words} says ${best.value}, ${partial.words} says ${MONTH_NAMES[partial.month - 1]} ${partial.day}; kept ${best.value}`,
        );
      }
    }
    return {
      published: {
        value,
        precision,
        how: best.how,
        evidence: notes.join('; '),
        rule: best.rule,
        ...(best.span ? { span: best.span } : {}),
      },
      messages,
    };
  }
  if (partial) {
    const md = `${MONTH_NAMES[partial.month - 1]} ${partial.day}`;
    const inferred = years.infer(partial.month, partial.day, s.prose);
    if (inferred && inferred.strength !== 'rejected') {
      const evidence = `${partial.words} gives ${md} but no year; ${inferred.evidence}`;
      if (inferred.strength === 'weak')
        warn('published-year-weak', `the publication year is a guess: ${evidence}`);
      const value = `${inferred.year}-${pad(partial.month)}-${pad(partial.day)}`;
      return {
        published: {
          value,
          precision: 'day',
          how: 'inferred',
          evidence,
          rule: `year-${inferred.strength}`,
          span: partial.span,
        },
        messages,
      };
    }
    // No year: none to infer from, or the one inferred is contradicted (a weekday that does not fit).
    const [ruleId, rule, evidence] = inferred
      ? [
          'published-year-rejected',
          'year-rejected',
          `${partial.words} gives ${md} but no year; ${inferred.evidence}, so no year is inferred`,
        ]
      : [
          'published-unknown',
          'dateline-without-year',
          `${partial.words} gives ${md} but no year, and the article mentions no past year to infer it from`,
        ];
    warn(ruleId, `no publication year: ${evidence}`);
    return {
      published: { value: null, precision: null, how: 'unknown', evidence, rule, span: partial.span },
      messages,
    };
  }
  const evidence = 'no date in the metadata, the URL, a dateline or a date line';
  warn('published-unknown', `no publication date: ${evidence}`);
  return {
    published: { value: null, precision: null, how: 'unknown', evidence, rule: 'none-found' },
    messages,
  };
}

/**
 * The strongest claim, unless it is a UTC timestamp (a server's clock) and the page writes the
 * day before or after it (in its URL or near its title): that is the publisher's own calendar
 * day, which is the publication date.
 */
function localDay(claims: readonly Claim[]): Claim | undefined {
  const best = claims[0];
  if (!best || best.precision !== 'time' || !best.zone || !/^(?:Z|[+-]00:?00|UTC|GMT)$/i.test(best.zone))
    return best;
  const day = Date.parse(best.value.slice(0, 10));
  const shown = claims.find(
    (c) =>
      c !== best &&
      c.rule !== 'revision-date' &&
      (c.precision === 'day' || c.precision === 'time') &&
      Math.abs(Date.parse(c.value.slice(0, 10)) - day) === 86_400_000,
  );
  return shown ? { ...shown, words: `${shown.words}, the publisher's day for ${best.words}` } : best;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
