import { message } from '../../model/index.js';
import type { Language, Message } from '../../model/index.js';
import type { LanguageProfile } from '../../lexicon/index.js';
import { LATIN, SCRIPTS, SCRIPT_VARIANTS } from './data/languages.js';
import { STAGE } from './stage-name.js';

/** Enough text to tell a language; more only costs time. */
const SAMPLE = 400;
/** Function words are frequent: a couple of hundred words tell the language. */
const WORD_SAMPLE = 400;
const LATIN_MARK = 255;

export interface LanguageDetector {
  readonly detect: (
    text: string,
    declared: string | undefined,
    source: string,
  ) => { language: Language; messages: Message[] };
}

/**
 * The language of an article, offline and cheap: a script that belongs to one language (Hangul,
 * Cyrillic, Arabic, kana...) decides by its share of the letters; Latin-script text is scored
 * against profiles of frequent function words (en, de, fr, es, it, nl, pt). A declared language
 * (`<html lang>`, a JSON field) is kept unless the text clearly says otherwise. Text in a language
 * the stages do not analyse (`analysed`: English and the lexicon's languages with reading data) is
 * stored with a warning.
 *
 * @example languageDetector('en', createLexicon().profiles).detect('Der Botschafter sagte, dass die Arbeiter...', undefined, 'a.txt').language.code // 'de'
 */
export function languageDetector(
  fallback: string,
  words: readonly LanguageProfile[],
  analysed: ReadonlySet<string> = new Set(['en']),
): LanguageDetector {
  // One byte per UTF-16 code unit: which script (index + 1 in SCRIPTS, LATIN_MARK for Latin), built once.
  const scriptOf = new Uint8Array(0x10000);
  SCRIPTS.forEach(([, , ranges], i) => ranges.forEach(([lo, hi]) => scriptOf.fill(i + 1, lo, hi + 1)));
  LATIN.forEach(([lo, hi]) => scriptOf.fill(LATIN_MARK, lo, hi + 1));
  const scripts = SCRIPTS.map(([code, name]) => [code, name] as const);
  const variants = SCRIPT_VARIANTS.map(
    ([script, code, name, p]) => [script, code, name, new RegExp(p.source, 'g')] as const,
  );
  const profiles = words.map((p) => [p.code, p.name, new Set(p.words)] as const);
  // Each function word, and the languages whose profile holds it: one lookup per word of the text.
  const byWord = new Map<string, string[]>();
  for (const [code, , words] of profiles)
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), code]);
  const names = new Map<string, string>([
    ...scripts.map(([c, n]) => [c, n] as const),
    ...profiles.map(([c, n]) => [c, n] as const),
  ]);

  const fromText = (sample: string): Language | null => {
    const tallies = new Array<number>(SCRIPTS.length + 1).fill(0);
    let latin = 0;
    for (let i = 0; i < sample.length; i++) {
      const s = scriptOf[sample.charCodeAt(i)] ?? 0;
      if (s === LATIN_MARK) latin++;
      else if (s > 0) tallies[s] = (tallies[s] ?? 0) + 1;
    }
    const counts = scripts.map(([code], i) => [code, tallies[i + 1] ?? 0] as const);
    const letters = latin + counts.reduce((n, [, c]) => n + c, 0);
    const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    // A dozen characters of a script that belongs to one language are enough to name it.
    if (count >= 8 && count / letters >= 0.3) {
      let code = top === 'zh' && (counts.find(([c]) => c === 'ja')?.[1] ?? 0) > count * 0.05 ? 'ja' : top;
      for (const [script, variant, , p] of variants)
        if (script === code && (sample.match(p)?.length ?? 0) >= 3) code = variant;
      return { code, confidence: round(count / letters), how: 'script' };
    }
    if (letters < 20) return null;
    // Latin words by the same table, without a Unicode regular expression (this runs on every article).
    const tally = new Map<string, number>();
    const words = sample.slice(0, WORD_SAMPLE).toLowerCase();
    let from = -1;
    for (let i = 0; i <= words.length; i++) {
      const latinChar = i < words.length && scriptOf[words.charCodeAt(i)] === LATIN_MARK;
      if (latinChar && from < 0) from = i;
      else if (!latinChar && from >= 0) {
        for (const code of byWord.get(words.slice(from, i)) ?? [])
          tally.set(code, (tally.get(code) ?? 0) + 1);
        from = -1;
      }
    }
    const [best, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const total = [...tally.values()].reduce((sum, c) => sum + c, 0);
    if (n < 3) return null;
    return { code: best, confidence: round(n / total), how: 'words' };
  };

  const detect = (text: string, declared: string | undefined, source: string) => {
    const messages: Message[] = [];
    const found = fromText(text.slice(0, SAMPLE));
    const meta = declared?.trim().toLowerCase().split(/[-_]/)[0];
    let language: Language;
    if (meta && /^[a-z]{2,3}$/.test(meta)) {
      language = { code: meta, confidence: 1, how: 'meta' };
      if (found && found.code !== meta && found.confidence >= 0.6) {
        messages.push(
          message(
            'info',
            `declared language '${meta}', but the text reads as ${names.get(found.code) ?? found.code}: using '${found.code}'`,
            { ruleId: 'language-declared-wrong', stage: STAGE, source },
          ),
        );
        language = found;
      }
    } else language = found ?? { code: fallback, confidence: 0, how: 'default' };
    if (!analysed.has(language.code)) {
      const name = names.get(language.code) ?? language.code;
      messages.push(
        message(
          'warning',
          `the text is in ${name} (${language.code}): it is stored and shown, but not analysed (no reading data for the language)`,
          { ruleId: 'language-not-analysed', stage: STAGE, source },
        ),
      );
    }
    return { language, messages };
  };
  return Object.freeze({ detect });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
