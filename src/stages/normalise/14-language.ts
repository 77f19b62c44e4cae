import { message } from '../../model/index.js';
import type { Language, Message } from '../../model/index.js';
import { SCRIPTS, SCRIPT_VARIANTS, STOPWORDS } from './data/languages.js';
import { STAGE } from './stage-name.js';

/** Enough text to tell a language; more only costs time. */
const SAMPLE = 20_000;

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
 * (`<html lang>`, a JSON field) is kept unless the text clearly says otherwise. Non-English text
 * is read, with a warning: the English-only stages skip it.
 *
 * @example languageDetector('en').detect('Der Botschafter sagte, dass die Arbeiter...', undefined, 'a.txt').language.code // 'de'
 */
export function languageDetector(fallback: string): LanguageDetector {
  const scripts = SCRIPTS.map(([code, name, p]) => [code, name, new RegExp(p.source, 'g')] as const);
  const variants = SCRIPT_VARIANTS.map(
    ([script, code, name, p]) => [script, code, name, new RegExp(p.source, 'g')] as const,
  );
  const profiles = Object.entries(STOPWORDS).map(([code, p]) => [code, p.name, new Set(p.words)] as const);
  const names = new Map<string, string>([
    ...scripts.map(([c, n]) => [c, n] as const),
    ...profiles.map(([c, n]) => [c, n] as const),
  ]);

  const fromText = (sample: string): Language | null => {
    const latin = sample.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
    const counts = scripts.map(([code, , p]) => [code, sample.match(p)?.length ?? 0] as const);
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
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const hits = profiles
      .map(([code, , set]) => [code, words.filter((w) => set.has(w)).length] as const)
      .sort((a, b) => b[1] - a[1]);
    const [best, n] = hits[0] ?? ['', 0];
    const total = hits.reduce((sum, [, c]) => sum + c, 0);
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
    if (language.code !== 'en') {
      const name = names.get(language.code) ?? language.code;
      messages.push(
        message(
          'warning',
          `the text is in ${name} (${language.code}): it is read, but the English-only stages skip it`,
          { ruleId: 'not-english', stage: STAGE, source },
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
