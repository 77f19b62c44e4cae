import type { Lexicon } from '../../lexicon/index.js';
import { ruleReader, ruleReaderWords } from './rule-reader.js';
import type { WinkReading } from './wink.js';

/**
 * One rule reader per language of the lexicon that brings reading data (none without a lexicon):
 * its abbreviations, month names and thousands separators.
 *
 * @example readersByLanguage(createLexicon()).get('de')?.('Er kam. Sie ging.').sentences.length // 2
 */
export function readersByLanguage(
  lexicon: Lexicon | undefined,
): ReadonlyMap<string, (text: string) => WinkReading> {
  const out = new Map<string, (text: string) => WinkReading>();
  for (const language of lexicon?.languages ?? []) {
    if (!language.reading || language.code === 'en') continue;
    const months =
      lexicon?.calendar.monthWords.filter((w) => w.language === language.code).map((w) => w.spelling) ?? [];
    const groups = language.numberFormat?.group ?? [];
    out.set(language.code, ruleReader(ruleReaderWords(language.reading, months, groups)));
  }
  return out;
}
