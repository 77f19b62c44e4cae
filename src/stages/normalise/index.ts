import type { ArticleFactory } from '../../pipeline/pipeline.js';
import { languageDetector } from './14-language.js';
import { buildArticle } from './build.js';
import { yearInference } from './infer-year.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon, OutletEntry } from '../../lexicon/index.js';
import { compileRules } from './rules.js';

export { STAGE } from './stage-name.js';
export { contentId } from './build.js';
export type { OutletEntry } from '../../lexicon/index.js';

export interface Options {
  /** The shared lexicon (outlets, month and weekday names, language profiles); built here when not given. */
  readonly lexicon?: Lexicon;
  /** Outlets to know beside the shared lexicon's (name, aliases, hosts). */
  readonly outlets?: readonly OutletEntry[];
  /** The language assumed when a text is too short to tell (default 'en'). */
  readonly defaultLanguage?: string;
}

/**
 * The article factory: turns an input (text, HTML, a JSON or feed item) into the first
 * `Article` — normalised text (NFC, `\n` line ends, plain spaces, one blank line between
 * paragraphs), blocks covering it (title, subtitle, paragraph, caption, credit, byline, dateline,
 * boilerplate, meta), and its metadata: publication date with its evidence, outlet, title,
 * dateline, language and a content-hash id. Rules are compiled once here; the factory runs on
 * any number of articles.
 *
 * @example const create = normalise({}); create(input).published
 */
export function normalise(options: Options = {}): ArticleFactory {
  const lexicon = options.lexicon ?? createLexicon();
  const rules = compileRules(lexicon, options);
  const tools = Object.freeze({
    rules,
    years: yearInference(rules.dateWords),
    languages: languageDetector(
      rules.defaultLanguage,
      lexicon.profiles,
      new Set(['en', ...lexicon.languages.filter((l) => l.reading).map((l) => l.code)]),
    ),
  });
  return (input) => buildArticle(input, tools);
}
