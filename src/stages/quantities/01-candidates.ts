import { MONEY_SCALE_WORDS } from './data/number-words.js';
import { CURRENCY_SIGNS, TIME_UNITS } from './data/units.js';
import type { Figure } from './draft.js';
import { readWords } from './read-number.js';
import { gapBefore } from './scope.js';
import type { Scope } from './scope.js';

const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/**
 * Pass 1: every number of a sentence, in digits or in words, with the scale word after it
 * ("1.2 million", "$500m"), before any judgement. Odd shapes ("17:49", "222-33-44") are kept
 * with a NaN value so that pass 2 can say why they are not quantities.
 *
 * @example findFigures(scope) // [{ first: 12, last: 13, value: 1200000, kind: 'digits', ... }]
 */
export function findFigures(scope: Scope): Figure[] {
  const out: Figure[] = [];
  const glued = (k: number) => !gapBefore(scope, k);
  for (let i = scope.first; i < scope.end; i++) {
    const token = scope.tokens[i];
    if (!token) continue;
    const w = token.normal;
    // Most tokens are neither: decide from the first character and a set look-up, cheaply.
    const c = w.charCodeAt(0);
    if (token.type === 'number' || (c >= 48 && c <= 57) || (c === 43 && w.length > 1)) {
      const figure = readDigits(scope, i, scope.surface(i));
      out.push(figure);
      i = figure.last;
      continue;
    }
    if (scope.lexicon.numberStarters.has(w)) {
      const written = scope.surface(i);
      const words = readWords(scope.lexicon.numbers, scope.word, glued, i);
      if (words) {
        out.push({
          first: i,
          last: words.last,
          value: words.value,
          kind: words.fraction ? 'fraction' : 'words',
          written,
          ...(words.scale === undefined ? {} : { scale: words.scale }),
        });
        i = words.last;
      } else if (w === 'half') {
        out.push({ first: i, last: i, value: 0.5, kind: 'fraction', written });
      } else if (
        (w === 'a' || w === 'an') &&
        TIME_UNITS.has(scope.word(i + 1)) &&
        !ordinalSecond(scope, i + 1)
      ) {
        // "a week", "about an hour": one of the unit.
        out.push({ first: i, last: i, value: 1, kind: 'words', written });
      }
    }
  }
  return out;
}

function readDigits(scope: Scope, i: number, written: string): Figure {
  const range = RANGE.exec(written);
  if (range) {
    const min = toNumber(range[1] ?? '');
    const max = toNumber(range[2] ?? '');
    return withScale(scope, i, {
      first: i,
      last: i,
      value: min,
      kind: 'digits',
      written,
      range: { min, max },
    });
  }
  if (!PLAIN.test(written)) return { first: i, last: i, value: Number.NaN, kind: 'digits', written };
  return withScale(scope, i, { first: i, last: i, value: toNumber(written), kind: 'digits', written });
}

/** Takes the scale word after a figure: "1.2 million", "$1.2bn", "$500m" (after a currency only). */
function withScale(scope: Scope, i: number, figure: Figure): Figure {
  const next = scope.word(i + 1);
  const afterCurrency = CURRENCY_SIGNS[scope.word(i - 1)] !== undefined;
  const factor =
    scope.lexicon.numbers.scales[next] ??
    (afterCurrency && !gapBefore(scope, i + 1) ? MONEY_SCALE_WORDS[next] : undefined);
  if (factor === undefined) return figure;
  const range = figure.range ? { min: figure.range.min * factor, max: figure.range.max * factor } : undefined;
  return {
    ...figure,
    last: i + 1,
    value: figure.value * factor,
    scale: factor,
    ...(range ? { range } : {}),
  };
}

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** "a second plant": "second" before a noun is an ordinal, not a time unit. */
function ordinalSecond(scope: Scope, i: number): boolean {
  return scope.word(i) === 'second' && /^(NOUN|ADJ|PROPN)$/.test(scope.tokens[i + 1]?.pos ?? '');
}
