import { CURRENCY_SIGNS, TIME_UNIT_OF } from './data/units.js';
import type { Draft, Figure } from './draft.js';
import { gapBefore } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Pass 3: a kept figure becomes a draft quantity with its unit: a currency sign before it
 * ("$500", "US$ 299") or a currency word after ("500 rubles", "$249 USD"), a percent ("70%",
 * "2.5 per cent"), a unit of measure ("2GB", "3.5-inch"), an age ("57-year-old", "aged 56"), or
 * a plain count. A fraction is a proportion.
 *
 * @example draftOf(scope, figure) // { unit: 'USD', value: 500000000, rule: 'number-digits', ... }
 */
export function draftOf(scope: Scope, f: Figure): Draft {
  const draft: Draft = {
    first: f.first,
    last: f.last,
    core: { first: f.first, last: f.last },
    value: f.value,
    approximate: false,
    unit: f.kind === 'fraction' ? 'proportion' : 'count',
    rule: f.kind === 'digits' ? 'number-digits' : f.kind === 'words' ? 'number-words' : 'number-fraction',
    confidence: f.kind === 'digits' ? 0.95 : 0.85,
  };
  if (f.scale !== undefined) draft.scale = f.scale;
  if (f.range) {
    draft.min = f.range.min;
    draft.max = f.range.max;
    delete draft.value;
    draft.rule = 'range-hyphen';
  }
  if (f.kind === 'fraction') return draft;
  takeCurrencySign(scope, draft);
  takeUnitAfter(scope, draft);
  if (draft.unit === 'count' && isAge(scope, draft)) draft.unit = 'age';
  else if (draft.unit === 'count') takeTimeUnit(scope, draft, f);
  return draft;
}

function takeCurrencySign(scope: Scope, d: Draft): void {
  const sign = CURRENCY_SIGNS[scope.word(d.first - 1)];
  if (sign === undefined) return;
  d.unit = sign;
  d.first -= 1;
  // "US $500": a country prefix written apart from the sign.
  if (sign === 'USD' && scope.word(d.first) === '$' && /^(us|u\.s\.)$/.test(scope.word(d.first - 1)))
    d.first -= 1;
}

function takeUnitAfter(scope: Scope, d: Draft): void {
  let k = d.last + 1;
  const hyphen = scope.word(k) === '-' && !gapBefore(scope, k);
  if (hyphen) k++;
  const match = scope.lexicon.unitWords.at(scope.word, k, scope.end);
  if (match) {
    const { entry } = match;
    // A measure glued by a hyphen is a compound ("3.5-inch"); a currency or percent never is.
    if (hyphen && entry.kind !== 'measure') return;
    // '"' is inches only when glued to the figure (15" display), never a closing quote.
    if (entry.words === '"' && (gapBefore(scope, k) || quoteOpen(scope, d.first))) return;
    if (entry.kind === 'currency' && d.unit !== 'count' && d.unit !== entry.unit) return;
    d.unit = entry.unit;
    // "two times faster": a multiplier names its unit, but the figure is the quantity's words.
    if (entry.unit !== 'times') d.last = match.last;
    return;
  }
  // "$99 (USD)": a currency code in brackets after a sign.
  if (d.unit !== 'count' && scope.word(k) === '(' && scope.word(k + 2) === ')') {
    const code = scope.word(k + 1).toUpperCase();
    if (code === d.unit) d.last = k + 2;
  }
}

/**
 * True when a straight quotation mark opened before token `i` in its sentence is still open: a
 * '"' glued to a figure then closes it ("a little more than 570" deaths), it is not inches.
 */
function quoteOpen(scope: Scope, i: number): boolean {
  const from = scope.tokens[scope.first]?.span.start ?? 0;
  const to = scope.tokens[i]?.span.start ?? from;
  return (scope.text.slice(from, to).match(/"/g)?.length ?? 0) % 2 === 1;
}

/** "57-year-old", "56 years old", "aged 56", "Papermaster, 49,". */
function isAge(scope: Scope, d: Draft): boolean {
  const after = (k: number) => scope.word(d.last + k);
  if (after(1) === '-' && /^years?$/.test(after(2)) && after(3) === '-' && after(4) === 'old') return true;
  if (/^years?$/.test(after(1)) && after(2) === 'old') return true;
  return scope.word(d.first - 1) === 'aged' || scope.word(d.first - 1) === 'age';
}

/**
 * "24 months", "a four-day truce", "5-7 hours", "a week": a duration, in its time unit. Its rule
 * says so ("duration-digits", "duration-words", "duration-article" for "a week").
 */
function takeTimeUnit(scope: Scope, d: Draft, f: Figure): void {
  let k = d.last + 1;
  if (scope.word(k) === '-' && !gapBefore(scope, k)) k++;
  const unit = TIME_UNIT_OF.get(scope.word(k));
  if (unit === undefined) return;
  d.unit = unit;
  d.last = k;
  d.rule =
    f.kind === 'words' && f.first === f.last && (f.written === 'a' || f.written === 'an')
      ? 'duration-article'
      : d.rule === 'range-hyphen'
        ? 'duration-range'
        : `duration-${f.kind}`;
}
