import type { Article } from '../../model/index.js';
import { articleTime, deadlineAhead } from '../common/article-time.js';
import { vocabularyLanguage } from '../common/language.js';
import { isDistinctive } from '../common/numbers.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon } from '../../lexicon/index.js';
import { ledgerWords } from '../common/ledger-words.js';
import { foldWord } from '../common/words.js';
import { STORY_PARAMS } from './data/params.js';
import { termCounts } from './01-terms.js';
import { nameCounts } from './02-names.js';
import { headPhrases } from './03-phrases.js';
import type { PosAt } from './03-phrases.js';
import type { StorySignature } from './types.js';

/** Entities of the article as the cross-article entity linker resolved them. */
export interface LinkedEntity {
  /** Canonical entity id. */
  readonly id: string;
  readonly name: string;
  /** Mentions in this article. */
  readonly mentions: number;
}

export type StorySigner = (article: Article, seq: number, linked?: readonly LinkedEntity[]) => StorySignature;

export interface StorySignerOptions {
  /** The shared lexicon (country finder, stop words, month names); built here when not given. */
  readonly lexicon?: Lexicon;
  readonly articleTerms?: number;
}

/**
 * Makes the story signer (configure once: the country gazetteer is built here). Entity keys come,
 * in order of preference, from the canonical entities the linker gives ("e:<id>"), else from the
 * article's own entity layer ("e:<type>:<name>"), else from capitalised names in the text
 * ("n:<name>"); countries found by the multilingual gazetteer ("c:KP") are added in every case,
 * so that an article in German or Korean still shares keys with English ones.
 *
 * @example const sign = createStorySigner(); sign(article, 0).terms
 */
export function createStorySigner(options: StorySignerOptions = {}): StorySigner {
  const lexicon = options.lexicon ?? createLexicon();
  const countries = lexicon.countries.find;
  const words = ledgerWords(lexicon);
  const maxTerms = options.articleTerms ?? STORY_PARAMS.articleTerms;
  return (article, seq, linked) => {
    const terms = termCounts(article.text, maxTerms, words.stopWords);
    const entities: Record<string, number> = {};
    const names: Record<string, string> = {};
    const put = (key: string, n: number, name: string) => {
      entities[key] = (entities[key] ?? 0) + n;
      names[key] ??= name;
    };
    if (linked && linked.length > 0) {
      for (const e of linked) put(`e:${e.id}`, Math.max(e.mentions, 1), e.name);
    } else if (article.entities && article.entities.length > 0) {
      for (const e of article.entities) {
        put(
          `e:${e.type}:${e.name.split(/\s+/).map(foldWord).join(' ')}`,
          Math.max(e.mentions.length, 1),
          e.name,
        );
      }
    } else {
      const found = nameCounts(article.text, words.stopWords);
      for (const [key, n] of Object.entries(found.counts)) put(key, n, found.names[key] ?? key);
    }
    for (const [code, n] of countries(article.text)) put(`c:${code}`, n, code);
    // Distinctive figures are anchors too ("30,023" in any language); years are too common to be.
    for (const [key, n] of Object.entries(terms))
      if (key.startsWith('#') && isDistinctive(key.slice(1))) put(key, n, key.slice(1));
    const time = articleTime(article, words);
    const ahead = deadlineAhead(article, time);
    return {
      kind: 'story-signature',
      article: article.id,
      seq,
      time,
      ...(ahead === null ? {} : { ahead }),
      language: vocabularyLanguage(article),
      terms,
      entities,
      names,
      phrases: headPhrases(article.title, article.text, words.stopWords, posReader(article)),
      title: article.title,
    };
  };
}

/** Parts of speech by text offset, for an English article with tokens (wink tags English only). */
function posReader(article: Article): PosAt | 'words' | undefined {
  if (article.language.code !== 'en') return undefined;
  if (!article.tokens?.length) return 'words';
  const tokens = article.tokens;
  const at = new Map<number, string>();
  for (const t of tokens) {
    if (t.span.start > 700) break;
    at.set(t.span.start, t.pos);
  }
  return (offset) => at.get(offset);
}
