import type { Article } from '../../model/index.js';
import { articleTime } from '../common/article-time.js';
import type { LedgerWords } from '../common/ledger-words.js';
import { isDistinctive, numberKeys } from '../common/numbers.js';
import { dominantScript, foldedWords } from '../common/words.js';
import { MIRROR_RULES } from './data/rules.js';
import { fingerprints } from './01-fingerprints.js';
import { wordSketch } from './02-sketch.js';
import type { MirrorSignature } from './types.js';

/**
 * Derives the mirror signature of one analysed article. `seq` is its order of arrival (the
 * store's row number), used only to say which of two undated articles came first.
 *
 * @example mirrorSignature(article, 17, ledgerWords(lexicon)).fingerprints.length // ~ words / 2
 */
export function mirrorSignature(article: Article, seq: number, lexicon: LedgerWords): MirrorSignature {
  return withSeq(mirrorFeatures(article, lexicon), seq);
}

/** A mirror signature without its arrival order: what the extraction worker derives and stores. */
export type MirrorFeatures = Omit<MirrorSignature, 'seq'>;

/** The signature of stored features, given the article's arrival order. */
export function withSeq(features: MirrorFeatures, seq: number): MirrorSignature {
  const { kind, article, ...rest } = features;
  return { kind, article, seq, ...rest };
}

/**
 * The mirror signature of an analysed article but for its arrival order (pure, per article).
 *
 * @example mirrorFeatures(article, ledgerWords(lexicon)).sketch.length // ≤ 64
 */
export function mirrorFeatures(article: Article, lexicon: LedgerWords): MirrorFeatures {
  const words = foldedWords(article.text);
  return {
    kind: 'mirror-signature',
    article: article.id,
    script: dominantScript(article.text),
    language: article.language.how === 'default' ? null : article.language.code,
    time: articleTime(article, lexicon),
    words: words.length,
    fingerprints: fingerprints(words),
    sketch: wordSketch(words, MIRROR_RULES.sketchSize, lexicon.stopWords),
    numbers: numberKeys(article.text).slice(0, MIRROR_RULES.maxNumbers),
  };
}

/**
 * The index keys of a signature: its fingerprints (finds copies; a sub-sample of them by value
 * when it has many, see `MIRROR_RULES.index`) and every distinctive figure (finds re-worded
 * copies and translations, which share few or no fingerprints).
 *
 * @example mirrorKeys(signature) // ['f:123456', ..., 'n:30023', 'n:11490']
 */
export function mirrorKeys(signature: MirrorSignature, rules = MIRROR_RULES): string[] {
  const { fingerprints } = signature;
  const every = rules.fingerprints.sampleEvery * rules.index.indexEvery;
  const all = fingerprints.length < rules.index.indexAllBelow;
  const keys = fingerprints.flatMap((f) => (all || f % every === 0 ? [`f:${f.toString(36)}`] : []));
  for (const n of new Set(signature.numbers)) if (isDistinctive(n)) keys.push(`n:${n}`);
  return keys;
}
