import type { ReadingData } from '../../lexicon/index.js';
import type { WinkReading } from './wink.js';

/**
 * The words a rule reader needs of its language: abbreviations and month names (a dot after
 * "22" before "Dezember" is an ordinal's, not a sentence's end) and the figure format.
 */
export interface RuleReaderWords {
  readonly abbreviations: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  /** Characters that group thousands ("." in German, a space in Russian). */
  readonly groups: readonly string[];
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['“', '”', '»', '«', '"', '’', ')', '‘']);
const OPENERS = new Set(['„', '“', '«', '»', '"', '(', '‚', '‘', '—', '–', '-']);

/**
 * A reader for languages the English model cannot read: tokens by Unicode classes (words with
 * inner hyphens, figures with the language's group separators, abbreviations with their dot) and
 * sentences at a final mark before a capital, a digit or an opening mark — also without a space,
 * as pasted pages often glue them ("zurückgekehrt.Nach"). No parts of speech: NUM, PUNCT and X.
 *
 * @example ruleReader(words)('Er sagte am 22. Dezember: „Ja.“ Dann ging er.').sentences.length // 2
 */
export function ruleReader(words: RuleReaderWords): (text: string) => WinkReading {
  const group = words.groups.map((g) => (g === ' ' ? '[ \\u00a0]' : escape(g))).join('|') || '(?!)';
  // A figure, a word (inner hyphens and apostrophes), or one other character.
  const token = new RegExp(
    `(\\d+(?:(?:${group})\\d{3}(?!\\d))*(?:[.,]\\d+(?!\\d))?)|([\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:[-'’][\\p{L}\\p{M}\\d]+)*)|(\\S)`,
    'gu',
  );
  return (text) => {
    const values: string[] = [];
    const spaces: string[] = [];
    const types: string[] = [];
    let last = 0;
    for (const m of text.matchAll(token)) {
      const at = m.index;
      let value = m[0];
      // "ca." and "тыс.": the dot belongs to the abbreviation.
      if (m[2] && text[at + value.length] === '.' && words.abbreviations.has(value.toLowerCase()))
        value += '.';
      if (at < last) continue; // the dot just taken by an abbreviation
      spaces.push(text.slice(last, at));
      values.push(value);
      types.push(m[1] ? 'number' : m[2] ? 'word' : 'punctuation');
      last = at + value.length;
    }
    const normals = values.map((v) => v.toLowerCase());
    return {
      values,
      spaces,
      types,
      pos: types.map((t) => (t === 'number' ? 'NUM' : t === 'punctuation' ? 'PUNCT' : 'X')),
      lemmas: normals,
      normals,
      sentences: sentences(values, spaces, types, words),
      entities: [],
    };
  };
}

function sentences(
  values: readonly string[],
  spaces: readonly string[],
  types: readonly string[],
  words: RuleReaderWords,
): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < values.length; i++) {
    if (!SENTENCE_END.has(values[i] ?? '')) continue;
    let end = i;
    while (SENTENCE_END.has(values[end + 1] ?? '') || CLOSERS.has(values[end + 1] ?? '')) {
      // A closing mark glued to the end belongs to this sentence; one after a space opens the next.
      if (CLOSERS.has(values[end + 1] ?? '') && (spaces[end + 1] ?? '') !== '') break;
      // "Новости.«К …": a mark glued to the next word opens the next sentence.
      if (
        CLOSERS.has(values[end + 1] ?? '') &&
        (spaces[end + 2] ?? ' ') === '' &&
        types[end + 2] !== 'punctuation'
      )
        break;
      end++;
    }
    const next = values[end + 1];
    if (next === undefined) break;
    if (!opensSentence(next)) continue;
    if (values[i] === '.' && !endsHere(values, spaces, types, i, words)) continue;
    out.push([start, end]);
    start = end + 1;
    i = end;
  }
  if (start < values.length) out.push([start, values.length - 1]);
  return out;
}

function opensSentence(next: string): boolean {
  const c = next[0] ?? '';
  return /[\p{Lu}\d]/u.test(c) || OPENERS.has(c);
}

/** A dot ends a sentence unless it ends an initial ("A. Matsegora") or an ordinal ("22. Dezember"). */
function endsHere(
  values: readonly string[],
  spaces: readonly string[],
  types: readonly string[],
  i: number,
  words: RuleReaderWords,
): boolean {
  const before = values[i - 1] ?? '';
  const next = values[i + 1] ?? '';
  if (/^\p{Lu}$/u.test(before) && (spaces[i] ?? '') === '') return false;
  const ordinal = types[i - 1] === 'number' && before.length <= 2 && (spaces[i] ?? '') === '';
  if (ordinal && (spaces[i + 1] ?? '') !== '' && (words.months.has(next.toLowerCase()) || /^\d/.test(next)))
    return false;
  return true;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The rule reader's words for one language, from its lexicon data.
 *
 * @example ruleReaderWords(DE.reading, ['januar', ...], ['.', ' '])
 */
export function ruleReaderWords(
  reading: ReadingData,
  months: readonly string[],
  groups: readonly string[],
): RuleReaderWords {
  return {
    abbreviations: new Set(reading.abbreviations),
    months: new Set(months),
    groups,
  };
}
