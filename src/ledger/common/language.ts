import type { Article } from '../../model/index.js';
import { dominantScript, foldedWords } from './words.js';

// A few very frequent function words: enough to tell English from German in a news paragraph.
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'with', 'for', 'said', 'has']);
const GERMAN = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'von',
  'den',
  'sich',
  'dem',
  'zu',
]);
const BY_SCRIPT = { cyrillic: 'ru', hangul: 'ko', arabic: 'ar', cjk: 'zh' } as const;

/**
 * The language whose vocabulary an article can be compared in: the reader's language when it
 * determined one, else a cheap guess from the script and a dozen function words ("en", "de",
 * "ru", "ko", "ar", "zh", or "latin"/"other" when unsure). Only used to know when two vocabularies
 * cannot be compared at all.
 *
 * @example vocabularyLanguage(germanArticle) // 'de'
 */
export function vocabularyLanguage(article: Pick<Article, 'language' | 'text'>): string {
  if (article.language.how !== 'default') return article.language.code;
  const head = article.text.slice(0, 3000);
  const script = dominantScript(head);
  if (script !== 'latin') return script === 'other' ? 'other' : BY_SCRIPT[script];
  let en = 0;
  let de = 0;
  for (const w of foldedWords(head)) {
    if (ENGLISH.has(w)) en++;
    if (GERMAN.has(w)) de++;
  }
  if (en === 0 && de === 0) return 'latin';
  return en >= de ? 'en' : 'de';
}
