import type { Span, Token } from '../../model/index.js';
import type { FigureWords } from '../../lexicon/index.js';

/** A figure found at a token: its value or range, and the tokens it covers (modifier included). */
export interface Figure {
  /** First and last token (inclusive) of the figure with its scale, without the modifier. */
  readonly first: number;
  readonly last: number;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly unit: 'count' | 'percent' | 'proportion';
  readonly approximate: boolean;
  readonly vague?: string;
  readonly modifier?: {
    readonly text: string;
    readonly span: Span;
    readonly first: number;
    readonly kind: 'approx' | 'min' | 'max';
  };
  readonly rule: string;
}

/** What the figure reader knows of one language. */
export interface FigureReader {
  readonly at: (tokens: readonly Token[], i: number, text: string) => Figure | null;
  /** The lower-case words of a phrase key ("bis zu" → ['bis', 'zu']), longest first. */
  readonly modifiers: readonly (readonly [words: readonly string[], kind: 'approx' | 'min' | 'max'])[];
}

/**
 * Reads figures from a language's lexicon: digits with its separators ("1.000", "30 023",
 * "2,5"), number words ("zwei", "десять"), a scale after ("Millionen", "тыс."), a percent word,
 * a share ("Hälfte", "половины") and vague words ("Dutzende", "десятки тысяч"); and the modifier
 * before ("rund", "mehr als", "около", "не менее").
 *
 * @example figureReader(de.reading.figures, { decimal: ',', group: ['.'] }).at(tokens, 3, text)
 */
export function figureReader(
  words: FigureWords,
  format: { readonly decimal: string; readonly group: readonly string[] },
): FigureReader {
  const modifiers = Object.entries(words.modifiers)
    .map(([k, v]) => [k.split(/\s+/), v] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const number = (raw: string): number | null => {
    let s = raw;
    for (const g of format.group)
      s = s.split(g === ' ' ? /[ \u00a0]/ : g).join(g === format.decimal ? g : '');
    s = s.replace(format.decimal, '.');
    const n = Number(s);
    return Number.isFinite(n) ? n : null;
  };
  const normal = (t: Token | undefined) => (t?.normal ?? '').replace(/\.$/, '');

  const at = (tokens: readonly Token[], i: number, text: string): Figure | null => {
    const t = tokens[i];
    if (!t) return null;
    const w = t.normal;
    const two = `${w} ${normal(tokens[i + 1])}`;
    let f: {
      first: number;
      last: number;
      value?: number;
      min?: number;
      max?: number;
      unit: Figure['unit'];
      vague?: string;
      rule: string;
    };
    if (words.vague[two] || words.vague[w]) {
      const wide = !!words.vague[two];
      const [min, max] = (words.vague[two] ?? words.vague[w])!;
      f = {
        first: i,
        last: wide ? i + 1 : i,
        min,
        max,
        unit: 'count',
        vague: wide ? two : w,
        rule: 'lang-vague',
      };
    } else if (words.shares[w]) {
      const [min, max] = words.shares[w]!;
      f = {
        first: i,
        last: i,
        ...(min === max ? { value: min } : { min, max }),
        unit: 'proportion',
        vague: w,
        rule: 'lang-share',
      };
    } else {
      const value =
        t.type === 'number' ? number(text.slice(t.span.start, t.span.end)) : (words.numbers[w] ?? null);
      // "ein", "один": the article or a pronoun far more often than a count.
      if (value === null || (t.type !== 'number' && value < 2)) return null;
      f = {
        first: i,
        last: i,
        value,
        unit: 'count',
        rule: t.type === 'number' ? 'lang-figure' : 'lang-number-word',
      };
      const scale = words.scales[normal(tokens[i + 1])];
      if (scale) f = { ...f, last: i + 1, value: value * scale, rule: 'lang-figure-scale' };
    }
    if (words.percent.includes(normal(tokens[f.last + 1]))) f = { ...f, last: f.last + 1, unit: 'percent' };
    const mod = modifierBefore(tokens, i);
    if (!mod) return { ...f, approximate: f.vague !== undefined };
    const exact = f.value;
    const bound =
      exact === undefined
        ? {}
        : mod.kind === 'min'
          ? { min: exact }
          : mod.kind === 'max'
            ? { max: exact }
            : {};
    const modifier = {
      text: text.slice(mod.span.start, mod.span.end),
      span: mod.span,
      first: mod.first,
      kind: mod.kind,
    };
    return { ...f, ...bound, approximate: true, modifier };
  };

  const modifierBefore = (tokens: readonly Token[], i: number) => {
    for (const [ws, kind] of modifiers) {
      const first = i - ws.length;
      if (first < 0) continue;
      if (ws.every((x, k) => normal(tokens[first + k]) === x.replace(/\.$/, ''))) {
        const span = { start: tokens[first]!.span.start, end: tokens[i - 1]!.span.end };
        return { kind, span, first };
      }
    }
    return null;
  };
  return { at, modifiers };
}
