import type { Article } from '../../model/index.js';
import { prepare } from './01-prepare.js';
import { clusters } from './cluster.js';
import type { Lexicon } from './lexicon.js';
import { PASSES } from './passes.js';
import type { Doc } from './types.js';

/**
 * Runs the `find` passes of {@link PASSES} over an article: the mentions the rules find, before
 * the learned tagger and resolution. Training runs the same passes, so the tagger learns from
 * what they give.
 *
 * @example findMentions(article, lexicon).found.length
 */
export function findMentions(article: Article, lexicon: Lexicon): Doc {
  const doc = prepare(article, lexicon);
  const context = { doc, article, lexicon, model: null, pronouns: false, clusters: clusters() };
  for (const pass of PASSES) if (pass.phase === 'find') pass.run(context);
  return doc;
}
