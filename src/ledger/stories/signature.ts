import type { Article } from '../../model/index.js';
import { articleTime, deadlineAhead } from '../common/article-time.js';
import { vocabularyLanguage } from '../common/language.js';
import { isDistinctive } from '../common/numbers.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon } from '../../lexicon/index.js';
import { ledgerWords } from '../common/ledger-words.js';
import type { LedgerWords } from '../common/ledger-words.js';
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

/** Entity-like keys → mentions, with their display names. */
export interface Anchors {
  readonly entities: Record<string, number>;
  readonly names: Record<string, string>;
}

/**
 * What story clustering reads of one article before its entities are linked, derived once (in
 * the extraction worker, stored with the article): the signature without its arrival order, with
 * the article's own entity keys (used when no linked entity is given) kept apart from the anchors
 * every signature has (countries, distinctive figures).
 */
export interface StoryFeatures extends Omit<StorySignature, 'seq' | 'entities' | 'names'> {
  readonly own: Anchors;
  readonly anchors: Anchors;
}

export interface StorySigners {
  /** What an analysed article brings to clustering, before linking (pure, per article). */
  readonly features: (article: Article) => StoryFeatures;
  /** The signature from those features, its arrival order and its linked entities. */
  readonly sign: (features: StoryFeatures, seq: number, linked?: readonly LinkedEntity[]) => StorySignature;
  /** The ledger's words of the lexicon the signers were made with. */
  readonly words: LedgerWords;
}

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
  const { features, sign } = createStorySigners(options);
  return (article, seq, linked) => sign(features(article), seq, linked);
}

/** Keys accumulated in order of first use, each with the first name given for it. */
function anchors(): Anchors & { put: (key: string, n: number, name: string) => void } {
  const entities: Record<string, number> = {};
  const names: Record<string, string> = {};
  return {
    entities,
    names,
    put(key, n, name) {
      entities[key] = (entities[key] ?? 0) + n;
      names[key] ??= name;
    },
  };
}

/**
 * The story signer in its two halves: the per-article features (pure, parallel) and the
 * signature made from them at link time. `createStorySigner` is the two in one.
 *
 * @example const { features, sign } = createStorySigners(); sign(features(article), 0).terms
 */
export function createStorySigners(options: StorySignerOptions = {}): StorySigners {
  const lexicon = options.lexicon ?? createLexicon();
  const countries = lexicon.countries.find;
  const words = ledgerWords(lexicon);
  const maxTerms = options.articleTerms ?? STORY_PARAMS.articleTerms;
  const features = (article: Article): StoryFeatures => {
    const terms = termCounts(article.text, maxTerms, words.stopWords);
    const own = anchors();
    if (article.entities && article.entities.length > 0) {
      for (const e of article.entities) {
        own.put(
          `e:${e.type}:${e.name.split(/\s+/).map(foldWord).join(' ')}`,
          Math.max(e.mentions.length, 1),
          e.name,
        );
      }
    } else {
      const found = nameCounts(article.text, words.stopWords);
      for (const [key, n] of Object.entries(found.counts)) own.put(key, n, found.names[key] ?? key);
    }
    const always = anchors();
    for (const [code, n] of countries(article.text)) always.put(`c:${code}`, n, code);
    // Distinctive figures are anchors too ("30,023" in any language); years are too common to be.
    for (const [key, n] of Object.entries(terms))
      if (key.startsWith('#') && isDistinctive(key.slice(1))) always.put(key, n, key.slice(1));
    const time = articleTime(article, words);
    const ahead = deadlineAhead(article, time);
    return {
      kind: 'story-signature',
      article: article.id,
      time,
      ...(ahead === null ? {} : { ahead }),
      language: vocabularyLanguage(article),
      terms,
      own: { entities: own.entities, names: own.names },
      anchors: { entities: always.entities, names: always.names },
      phrases: headPhrases(article.title, article.text, words.stopWords, posReader(article)),
      title: article.title,
    };
  };
  const sign = (f: StoryFeatures, seq: number, linked?: readonly LinkedEntity[]): StorySignature => {
    const { own, anchors: always, ...rest } = f;
    const keys = anchors();
    if (linked && linked.length > 0) {
      for (const e of linked) keys.put(`e:${e.id}`, Math.max(e.mentions, 1), e.name);
    } else {
      for (const [key, n] of Object.entries(own.entities)) keys.put(key, n, own.names[key] ?? key);
    }
    for (const [key, n] of Object.entries(always.entities)) keys.put(key, n, always.names[key] ?? key);
    const { time, ahead, language, terms, phrases, title } = rest;
    return {
      kind: 'story-signature',
      article: f.article,
      seq,
      time,
      ...(ahead === undefined ? {} : { ahead }),
      language,
      terms,
      entities: keys.entities,
      names: keys.names,
      phrases,
      title,
    };
  };
  return Object.freeze({ features, sign, words });
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
